// SPDX-License-Identifier: MIT
// The engage executable's operator new: large blocks are marked for transparent
// huge pages. A 100,000-body plan holds its bodies and its findings in vectors
// of 50 MB and more, and on a virtual machine filling them page by page (4 KiB
// at a time) cost a fifth of the run. Where the kernel's transparent huge
// pages are in "madvise" mode (as on the machines this was measured on), only
// marked memory gets 2 MiB pages.
//
// Only the executable does this: the library does not change how the programs
// that link it allocate. Sanitizer builds keep their own operator new, which
// checks new/delete pairing.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ENGAGE_KEEP_SANITIZER_NEW 1
#endif
#endif
#if !defined(__SANITIZE_ADDRESS__) && !defined(ENGAGE_KEEP_SANITIZER_NEW)

#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace {

constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;

void* allocate(std::size_t bytes) {
    void* block = std::malloc(bytes == 0 ? 1 : bytes);
    if (block == nullptr)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= 2 * huge_page) {
        // Only whole 2 MiB pages inside the block: its edges may share pages with others.
        const auto start = reinterpret_cast<std::uintptr_t>(block);
        const std::uintptr_t first = (start + huge_page - 1) & ~(huge_page - 1);
        const std::uintptr_t last = (start + bytes) & ~(huge_page - 1);
        if (last > first) // a hint: if the kernel declines, small pages serve as before
            (void)madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
    }
#endif
    return block;
}

} // namespace

void* operator new(std::size_t bytes) {
    return allocate(bytes);
}
void* operator new[](std::size_t bytes) {
    return allocate(bytes);
}
void operator delete(void* block) noexcept {
    std::free(block);
}
void operator delete[](void* block) noexcept {
    std::free(block);
}
void operator delete(void* block, std::size_t) noexcept {
    std::free(block);
}
void operator delete[](void* block, std::size_t) noexcept {
    std::free(block);
}

#endif
