// SPDX-License-Identifier: MIT
// Memory for the loader's large, short-lived arrays (the YAML tree of a big
// file). Blocks of 2 MiB and more come straight from mmap, aligned and marked
// for transparent huge pages, so filling them costs one page fault per 2 MiB
// instead of one per 4 KiB: on a virtual machine, page faults were the larger
// part of the loader's cost on a 10 MB plan.
#pragma once

#include <cstddef>
#include <new>

namespace engage::detail {

/// At least `bytes` of memory; throws std::bad_alloc.
[[nodiscard]] void* allocate_large(std::size_t bytes);
/// Gives back what allocate_large(bytes) returned.
void release_large(void* block, std::size_t bytes) noexcept;

template <class T> struct LargePageAllocator {
    using value_type = T;

    LargePageAllocator() = default;
    template <class U> LargePageAllocator(const LargePageAllocator<U>&) noexcept {}

    [[nodiscard]] T* allocate(std::size_t count) {
        return static_cast<T*>(allocate_large(count * sizeof(T)));
    }
    void deallocate(T* block, std::size_t count) noexcept {
        release_large(block, count * sizeof(T));
    }

    template <class U>
    friend bool operator==(const LargePageAllocator&, const LargePageAllocator<U>&) {
        return true;
    }
};

} // namespace engage::detail
