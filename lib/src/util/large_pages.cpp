// SPDX-License-Identifier: MIT
#include "large_pages.hpp"

#include <cstdint>
#include <sys/mman.h>

namespace engage::detail {

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;

std::size_t round_up(std::size_t bytes) {
    return (bytes + huge_page - 1) / huge_page * huge_page;
}

} // namespace

void* allocate_large(std::size_t bytes) {
    if (bytes < huge_page)
        return ::operator new(bytes);
    const std::size_t size = round_up(bytes);
    // Map one huge page more than needed, then trim to a 2 MiB-aligned block:
    // the kernel only backs aligned ranges with huge pages.
    void* mapped =
        mmap(nullptr, size + huge_page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + huge_page - 1) / huge_page * huge_page;
    if (aligned > start)
        munmap(mapped, aligned - start);
    const std::uintptr_t end = start + size + huge_page;
    if (end > aligned + size)
        munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
    void* block = reinterpret_cast<void*>(aligned);
    madvise(block, size, MADV_HUGEPAGE); // a hint: without it the block still works
    return block;
}

void release_large(void* block, std::size_t bytes) noexcept {
    if (block == nullptr)
        return;
    if (bytes < huge_page) {
        ::operator delete(block);
        return;
    }
    munmap(block, round_up(bytes));
}

} // namespace engage::detail
