// SPDX-License-Identifier: MIT
// Writing report files safely: whole or not at all, never over an input, and
// never outside the folder the user chose.
#pragma once

#include <engage/model.hpp>

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <set>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace engage {

/// Where an AtomicFile's bytes go: straight to its file descriptor, through a
/// buffer. Remembers the first failed write.
class FileDescriptorBuffer : public std::streambuf {
public:
    FileDescriptorBuffer() = default;
    FileDescriptorBuffer(const FileDescriptorBuffer&) = delete;
    FileDescriptorBuffer& operator=(const FileDescriptorBuffer&) = delete;

    void attach(int fd) { fd_ = fd; }
    /// Writes what is buffered; false when a write has failed.
    bool flush_all();
    [[nodiscard]] int failed_errno() const { return failed_errno_; }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;
    int sync() override { return flush_all() ? 0 : -1; }

private:
    bool write_out(const char* data, std::size_t size);

    int fd_ = -1;
    int failed_errno_ = 0;
    std::vector<char> buffer_ = std::vector<char>(1 << 16);
    std::size_t used_ = 0;
};

/// A file written under a temporary name in its destination's folder and
/// renamed into place by `commit`, so an interrupted run leaves either the old
/// file or the new one, never half of one. The temporary file is created new
/// (O_CREAT|O_EXCL|O_NOFOLLOW) under a name no one can guess, so a link
/// planted in the folder is never followed; it is removed when the AtomicFile
/// is destroyed uncommitted, and when the process is ended by SIGINT, SIGTERM,
/// SIGHUP or SIGPIPE (see the signal handling in output.cpp).
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path destination);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// False when the temporary file could not be created (see `error`).
    [[nodiscard]] bool is_open() const { return fd_ >= 0; }
    [[nodiscard]] std::ostream& stream() { return stream_; }
    /// Flushes, closes and renames into place; false (and `error`) on failure.
    [[nodiscard]] bool commit();
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] const std::filesystem::path& destination() const { return destination_; }
    /// The temporary file's path, while it exists.
    [[nodiscard]] const std::filesystem::path& temporary() const { return temporary_; }

private:
    void discard();

    std::filesystem::path destination_, temporary_;
    int fd_ = -1;
    int registry_slot_ = -1; ///< where the signal handler finds the temporary name
    FileDescriptorBuffer buffer_;
    std::ostream stream_{&buffer_};
    std::string error_;
    bool committed_ = false;
};

/// Writes `text` to `destination` atomically; returns an error message, or "" on success.
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& destination,
                                                std::string_view text);

/// A plan id as a file name: letters, digits, `-`, `_` and `.` kept (upper
/// case lowered), anything else becomes `-`; never empty, never starting
/// with `.` or `-` (either becomes `_`: a hidden file, a name read as an
/// option), at most 80 bytes.
[[nodiscard]] std::string safe_file_stem(std::string_view id);

/// Hands out the files of an output folder: each name once (a second plan
/// with the same id gets `-2`, ignoring case, as some file systems do), each
/// inside the folder, and none that is one of the run's input files.
class OutputFolder {
public:
    explicit OutputFolder(std::filesystem::path folder);

    /// Creates the folder if needed; an error message, or "".
    [[nodiscard]] std::string create() const;
    [[nodiscard]] const std::filesystem::path& path() const { return folder_; }

    /// Files that must never be written over (plan files, configuration...).
    void protect(const std::filesystem::path& input);
    /// Keeps a stem for files engage writes itself, such as `index` for index.md.
    void reserve(const std::string& stem);

    /// A fresh stem from `id` (see safe_file_stem): unique, ignoring case,
    /// among the stems already handed out and reserved.
    [[nodiscard]] std::string claim_stem(std::string_view id);

    /// The path of `name` in the folder, or "" with `why` set when writing it
    /// would leave the folder or overwrite an input.
    [[nodiscard]] std::filesystem::path destination(const std::string& name,
                                                    std::string& why) const;

private:
    [[nodiscard]] bool is_input(const std::filesystem::path& path) const;

    std::filesystem::path folder_;
    /// The inputs' file identities (device, inode): one look-up per written file,
    /// however many plans a batch reads.
    std::set<std::pair<std::uintmax_t, std::uintmax_t>> inputs_;
    std::set<std::string> taken_; ///< lower-cased stems
};

// ---- A new plan folder's files, as `engage init` writes them: a commented
// plan.yaml that validates cleanly, an .engage.toml with the defaults written
// out, and the plan schema for editors. Files are returned, not written, so a
// program decides where they go.

struct StarterOptions {
    std::string id;    ///< the plan's id (a slug)
    std::string title; ///< empty: a title made from the area or the id
    std::string area;  ///< empty: the key is left commented out
    Date start;        ///< the plan's first day; the other dates follow from it
};

struct StarterFile {
    std::string path; ///< relative to the plan folder
    std::string text;
};

/// plan.yaml, .engage.toml and engage-plan.schema.json, in that order.
[[nodiscard]] std::vector<StarterFile> starter_plan(const StarterOptions& options);

/// A plan id made from a folder's name: lower case, runs of other characters
/// as one `-`; "plan" when nothing is left ("Riverside Plan 2024" -> "riverside-plan-2024").
[[nodiscard]] std::string slug_from_name(std::string_view name);

/// True for a slug as plan ids must be: [a-z0-9][a-z0-9-]*.
[[nodiscard]] bool is_slug(std::string_view text);

/// `date` moved by whole months, the day kept where the month has it (else its last day).
[[nodiscard]] Date add_months(const Date& date, int months);

} // namespace engage
