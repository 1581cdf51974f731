// Running `git` as a child process with an argument vector (no shell), and
// collecting what it writes. POSIX only, like the rest of the CLI.
#include <engage/git.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
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

/// Reads both pipes until git closes them, so neither can fill up and stall it.
void drain(Pipe& out_pipe, Pipe& err_pipe, Output& output) {
    pollfd fds[2] = {{out_pipe.fd[0], POLLIN, 0}, {err_pipe.fd[0], POLLIN, 0}};
    std::string* sinks[2] = {&output.out, &output.err};
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
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1; // closed (or broken): stop watching it
                --open_count;
            }
        }
    }
}

} // namespace

Output run(const std::vector<std::string>& args) {
    std::vector<std::string> argv_text{"git"};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argv_text)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    Pipe out_pipe, err_pipe;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe.fd[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_pipe.fd[1], STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    Output output;
    if (spawned != 0) {
        output.status = 127;
        output.err = spawned == ENOENT ? "git is not installed, or not on PATH"
                                       : std::string("cannot run git: ") + std::strerror(spawned);
        return output;
    }
    out_pipe.close_end(1);
    err_pipe.close_end(1);
    drain(out_pipe, err_pipe, output);
    int wait_status = 0;
    while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
    }
    output.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128;
    return output;
}

} // namespace engage::git
