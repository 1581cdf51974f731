// SPDX-License-Identifier: MIT
// Running `git` as a child process with an argument vector (no shell), and
// collecting what it writes. POSIX only, like the rest of the CLI.
#include <engage/load.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace engage::git {

namespace {

/// Both ends of a pipe, closed when it goes out of scope.
struct Pipe {
    int fd[2] = {-1, -1};
    Pipe() {
        if (pipe2(fd, O_CLOEXEC) != 0)
            throw GitError(std::string("cannot run git: ") + std::strerror(errno));
    }
    ~Pipe() {
        close_end(0);
        close_end(1);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    void close_end(int end) {
        if (fd[end] >= 0)
            ::close(fd[end]);
        fd[end] = -1;
    }
};

/// A file descriptor closed when it goes out of scope.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

constexpr std::size_t most_error_bytes = 64 << 10; // git's reason is its first line

/// Reads both pipes until git closes them, so neither can fill up and stall it.
/// Stops reading the output past `max_out` + 1 bytes: returns false then.
bool drain(Pipe& out_pipe, Pipe& err_pipe, Output& output, std::size_t max_out) {
    pollfd fds[2] = {{out_pipe.fd[0], POLLIN, 0}, {err_pipe.fd[0], POLLIN, 0}};
    std::string* sinks[2] = {&output.out, &output.err};
    const bool bounded = max_out != static_cast<std::size_t>(-1);
    const std::size_t limits[2] = {bounded ? max_out + 1 : max_out, most_error_bytes};
    int open_count = 2;
    char buffer[65536];
    while (open_count > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                std::string& sink = *sinks[i];
                const std::size_t room = limits[i] - std::min(limits[i], sink.size());
                sink.append(buffer, std::min(room, static_cast<std::size_t>(n)));
                if (i == 0 && bounded && sink.size() >= limits[0])
                    return false; // more than asked for: nothing more is read
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1; // closed (or broken): stop watching it
                --open_count;
            }
        }
    }
    return true;
}

/// engage's own environment for git, with what keeps git from reaching out.
std::vector<std::string> git_environment() {
    constexpr std::string_view set[] = {
        "GIT_NO_LAZY_FETCH=1",   // a partial clone's missing object is an error, not a fetch
        "GIT_ALLOW_PROTOCOL=",   // and no transport (ssh, https, file...) may be used at all
        "GIT_TERMINAL_PROMPT=0", // never wait for a password
    };
    std::vector<std::string> env;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view variable(*entry);
        const bool replaced = std::any_of(std::begin(set), std::end(set), [&](std::string_view s) {
            const std::string_view name = s.substr(0, s.find('=') + 1);
            return variable.substr(0, name.size()) == name;
        });
        if (!replaced)
            env.emplace_back(variable);
    }
    for (std::string_view s : set)
        env.emplace_back(s);
    return env;
}

} // namespace

Output run(const std::vector<std::string>& args, std::size_t max_out) {
    std::vector<std::string> argv_text{"git"};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_text = git_environment();
    std::vector<char*> envp;
    for (auto& variable : env_text)
        envp.push_back(variable.data());
    envp.push_back(nullptr);

    Output output;
    // Opened here, so that a spawn failure can only be about finding or running git.
    const Descriptor null_input{::open("/dev/null", O_RDONLY | O_CLOEXEC)};
    if (null_input.fd < 0) {
        output.status = 127;
        output.started = false;
        output.err = std::string("cannot run git: /dev/null: ") + std::strerror(errno);
        return output;
    }
    Pipe out_pipe, err_pipe;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, null_input.fd, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out_pipe.fd[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_pipe.fd[1], STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        output.status = 127;
        output.started = false;
        output.err = spawned == ENOENT
                         ? "cannot run git: no program called git is on PATH (is git installed?)"
                         : std::string("cannot run git: ") + std::strerror(spawned);
        return output;
    }
    out_pipe.close_end(1);
    err_pipe.close_end(1);
    if (!drain(out_pipe, err_pipe, output, max_out)) {
        output.too_much = true;
        ::kill(pid, SIGKILL); // it has said more than will be read
    }
    int wait_status = 0;
    while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
    }
    output.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128;
    return output;
}

} // namespace engage::git
