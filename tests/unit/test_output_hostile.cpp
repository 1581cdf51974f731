// SPDX-License-Identifier: MIT
// Writing files where a hostile party may have been first: links planted in
// the output folder, guessed temporary names, names that read as options.
#include "test_support.hpp"

#include <engage/output.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace engage;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

} // namespace

TEST_CASE("a link planted where the temporary file goes is never followed") {
    const fs::path dir = test::scratch("output-planted-links");
    const fs::path outside = test::scratch("output-planted-target") / "precious.txt";
    test::write(outside, "keep me");
    // Every name the old scheme (.NAME.engage-PID-N.tmp) could have picked.
    for (int n = 0; n < 100; ++n) { // more than this process opens before
        fs::create_symlink(outside, dir / (".report.md.engage-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(n) + ".tmp"));
    }
    CHECK(write_file_atomically(dir / "report.md", "fresh") == "");
    CHECK(read_file(outside) == "keep me");
    CHECK_FALSE(fs::is_symlink(dir / "report.md"));
    CHECK(read_file(dir / "report.md") == "fresh");
}

TEST_CASE("a temporary file is a new regular file under a name no one can guess") {
    const fs::path dir = test::scratch("output-temporary-names");
    AtomicFile first(dir / "same.md");
    AtomicFile second(dir / "same.md");
    REQUIRE(first.is_open());
    REQUIRE(second.is_open());
    CHECK(first.temporary() != second.temporary());
    CHECK(first.temporary().parent_path() == dir);
    CHECK(first.temporary().filename().string().rfind(".same.md.engage-", 0) == 0);
    CHECK(first.temporary().string().find(std::to_string(::getpid())) == std::string::npos);
    CHECK(fs::is_regular_file(fs::symlink_status(first.temporary())));
    first.stream() << "one";
    second.stream() << std::string(100'000, 'x'); // more than the buffer holds
    REQUIRE(second.commit());
    CHECK(fs::file_size(dir / "same.md") == 100'000);
    REQUIRE(first.commit()); // the last to commit wins, whole
    CHECK(read_file(dir / "same.md") == "one");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("a report file name never starts like an option or a hidden file") {
    CHECK(safe_file_stem("-rf") == "_rf");
    CHECK(safe_file_stem("--help") == "_-help");
    CHECK(safe_file_stem(" x") == "_x"); // the space became `-` first
    CHECK(safe_file_stem(".hidden") == "_hidden");
    OutputFolder folder("unused");
    CHECK(folder.claim_stem("-n") == "_n");
    CHECK(folder.claim_stem("_n") == "_n-2");
}

TEST_CASE("an atomic file takes empty pieces, which come with no data at all") {
    const fs::path dir = test::scratch("output-empty-pieces");
    AtomicFile file(dir / "report.md");
    REQUIRE(file.is_open());
    file.stream() << std::string_view{} << "a" << std::string_view{} << "b";
    CHECK(file.stream().good());
    REQUIRE(file.commit());
    CHECK(read_file(dir / "report.md") == "ab");
}
