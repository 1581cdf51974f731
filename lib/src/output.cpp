// SPDX-License-Identifier: MIT
// Safe report files: atomic replacement, safe names, and the inputs protected.
#include "util/remove_on_signal.hpp"

#include <engage/output.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <random>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace engage {

namespace fs = std::filesystem;

namespace {

/// A name for a temporary file beside `destination` that no one can guess:
/// `.NAME.engage-RANDOM.tmp`, 72 random bits.
fs::path temporary_beside(const fs::path& destination) {
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    unsigned char random[12] = {};
    std::size_t got = 0;
    while (got < sizeof random) {
        const ssize_t n = ::getrandom(random + got, sizeof random - got, 0);
        if (n > 0)
            got += static_cast<std::size_t>(n);
        else if (errno != EINTR)
            break;
    }
    if (got < sizeof random) { // no getrandom (an old kernel): the C++ library's source
        std::random_device device;
        for (auto& byte : random)
            byte = static_cast<unsigned char>(device());
    }
    std::string suffix;
    for (const unsigned char byte : random)
        suffix += alphabet[byte % (sizeof alphabet - 1)];
    // Long names are cut, so the temporary name stays within NAME_MAX.
    const std::string name = destination.filename().string().substr(0, 200);
    return destination.parent_path() / fmt::format(".{}.engage-{}.tmp", name, suffix);
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

bool FileDescriptorBuffer::write_out(const char* data, std::size_t size) {
    while (size > 0 && failed_errno_ == 0) {
        const ssize_t n = ::write(fd_, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            failed_errno_ = n < 0 ? errno : EIO;
            break;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return failed_errno_ == 0;
}

bool FileDescriptorBuffer::flush_all() {
    const bool ok = write_out(buffer_.data(), used_);
    used_ = 0;
    return ok;
}

FileDescriptorBuffer::int_type FileDescriptorBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return sync() == 0 ? traits_type::not_eof(c) : traits_type::eof();
    if (used_ == buffer_.size() && !flush_all())
        return traits_type::eof();
    buffer_[used_++] = traits_type::to_char_type(c);
    return c;
}

std::streamsize FileDescriptorBuffer::xsputn(const char* data, std::streamsize size) {
    const auto count = static_cast<std::size_t>(size);
    if (count == 0)
        return 0; // an empty piece may come with no data at all, which memcpy must not be given
    if (used_ + count <= buffer_.size()) {
        std::memcpy(buffer_.data() + used_, data, count);
        used_ += count;
        return size;
    }
    if (!flush_all() || !write_out(data, count))
        return 0;
    return size;
}

AtomicFile::AtomicFile(fs::path destination)
    : destination_(std::move(destination)) {
    // O_EXCL: a file, or a link, already at the name is never opened, let alone
    // followed; a fresh random name is tried instead.
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
        temporary_ = temporary_beside(destination_);
        fd_ =
            ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd_ < 0 && errno != EEXIST)
            break;
    }
    if (fd_ < 0) {
        error_ = std::strerror(errno);
        temporary_.clear();
        return;
    }
    registry_slot_ = detail::remove_on_signal(temporary_.c_str());
    buffer_.attach(fd_);
}

AtomicFile::~AtomicFile() {
    if (!committed_)
        discard();
}

void AtomicFile::discard() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
    if (!temporary_.empty())
        ::unlink(temporary_.c_str());
    detail::forget_on_signal(registry_slot_);
    registry_slot_ = -1;
    temporary_.clear();
}

bool AtomicFile::commit() {
    if (fd_ < 0)
        return false;
    stream_.flush();
    const bool written = buffer_.flush_all() && stream_.good();
    // No fsync: the rename is what makes the file whole or absent for anyone who
    // reads it, whatever happens to this process. An fsync a file would only
    // add safety against the machine itself crashing, and cost 8 times the
    // run's time for `report --out` on 3,000 plans (7.8 s instead of 1.0 s).
    if (!written || ::close(std::exchange(fd_, -1)) != 0) {
        const int why = buffer_.failed_errno() != 0 ? buffer_.failed_errno() : errno;
        error_ =
            why == ENOSPC || why == 0
                ? "the file could not be written in full (is the disk full?)"
                : fmt::format("the file could not be written in full ({})", std::strerror(why));
        discard();
        return false;
    }
    std::error_code ec;
    fs::rename(temporary_, destination_, ec);
    if (ec) {
        error_ = ec.message();
        discard();
        return false;
    }
    detail::forget_on_signal(registry_slot_);
    registry_slot_ = -1;
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
    // Not hidden (.), and not read as an option by the next program given the name (-).
    if (!stem.empty() && (stem.front() == '.' || stem.front() == '-'))
        stem.front() = '_';
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
