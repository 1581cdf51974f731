// Safe report files: atomic replacement, safe names, and the inputs protected.
#include <engage/output.hpp>

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace engage {

namespace fs = std::filesystem;

namespace {

/// A temporary name no other writer in this process or another uses.
fs::path temporary_beside(const fs::path& destination) {
    static std::atomic<unsigned> counter{0};
    const std::string name =
        fmt::format(".{}.engage-{}-{}.tmp", destination.filename().string(), ::getpid(), counter++);
    return destination.parent_path() / name;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

} // namespace

AtomicFile::AtomicFile(fs::path destination)
    : destination_(std::move(destination))
    , temporary_(temporary_beside(destination_)) {
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_.is_open())
        error_ = std::strerror(errno);
}

AtomicFile::~AtomicFile() {
    if (committed_)
        return;
    if (stream_.is_open())
        stream_.close();
    std::error_code ec;
    fs::remove(temporary_, ec);
}

bool AtomicFile::commit() {
    if (!stream_.is_open())
        return false;
    stream_.flush();
    const bool written = stream_.good();
    stream_.close();
    if (!written || stream_.fail()) {
        error_ = "the file could not be written in full (is the disk full?)";
        return false;
    }
    std::error_code ec;
    fs::rename(temporary_, destination_, ec);
    if (ec) {
        error_ = ec.message();
        return false;
    }
    committed_ = true;
    return true;
}

std::string write_file_atomically(const fs::path& destination, std::string_view text) {
    AtomicFile file(destination);
    if (!file.is_open())
        return file.error();
    file.stream().write(text.data(), static_cast<std::streamsize>(text.size()));
    return file.commit() ? std::string() : file.error();
}

std::string safe_file_stem(std::string_view id) {
    std::string stem;
    for (char c : id) {
        const bool keep =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (c >= 'A' && c <= 'Z')
            stem += static_cast<char>(c - 'A' + 'a');
        else
            stem += keep ? c : '-';
        if (stem.size() == 80)
            break;
    }
    while (!stem.empty() && stem.front() == '.')
        stem.front() = '-';
    return stem.empty() ? std::string("plan") : stem;
}

OutputFolder::OutputFolder(fs::path folder)
    : folder_(std::move(folder)) {}

std::string OutputFolder::create() const {
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (ec)
        return ec.message();
    if (!fs::is_directory(folder_, ec))
        return "not a folder";
    return {};
}

namespace {

/// The identity of the file at `path` (following links), or none when it does not exist.
std::optional<std::pair<std::uintmax_t, std::uintmax_t>> file_identity(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    return std::pair<std::uintmax_t, std::uintmax_t>(info.st_dev, info.st_ino);
}

} // namespace

void OutputFolder::protect(const fs::path& input) {
    if (auto id = file_identity(input))
        inputs_.insert(*id);
}

void OutputFolder::reserve(const std::string& stem) {
    taken_.insert(lower(stem));
}

std::string OutputFolder::claim_stem(std::string_view id) {
    const std::string base = safe_file_stem(id);
    std::string stem = base;
    for (int n = 2; !taken_.insert(lower(stem)).second; ++n)
        stem = base + "-" + std::to_string(n);
    return stem;
}

bool OutputFolder::is_input(const fs::path& path) const {
    // Same device and inode: the same file, whatever links or spellings lead to it.
    const auto id = file_identity(path);
    return id && inputs_.count(*id) != 0;
}

fs::path OutputFolder::destination(const std::string& name, std::string& why) const {
    const fs::path candidate = folder_ / name;
    // Names come from safe_file_stem, but check anyway: one path part, not . or ..
    if (name.empty() || name == "." || name == ".." ||
        name.find_first_of("/\\") != std::string::npos) {
        why = "the name would leave the output folder";
        return {};
    }
    if (is_input(candidate)) {
        why = "it is one of the input files; engage never writes over an input";
        return {};
    }
    return candidate;
}

} // namespace engage
