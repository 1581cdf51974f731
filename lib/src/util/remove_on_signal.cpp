// SPDX-License-Identifier: MIT
#include "remove_on_signal.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace engage::detail {

namespace {

// The handler may run at any moment on any thread, so the registry is a fixed
// array read with lock-free atomics, and the handler calls only unlink,
// sigaction and raise, which are async-signal-safe.
constexpr std::size_t slot_count = 64; // files open at once: a report run holds about six
constexpr std::size_t path_capacity = 4096;

enum SlotState : int { free_slot = 0, filling = 1, live = 2 };

struct Slot {
    std::atomic<int> state{free_slot};
    char path[path_capacity];
};

std::array<Slot, slot_count> slots;

constexpr std::array<int, 4> cleaned_signals = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};

extern "C" void remove_temporary_files(int signal_number) {
    for (Slot& slot : slots) {
        if (slot.state.load(std::memory_order_acquire) == live)
            ::unlink(slot.path);
    }
    // Then end as the signal would have without us: its default action, re-raised
    // (it is blocked until this handler returns, then delivered).
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    ::sigaction(signal_number, &default_action, nullptr);
    ::raise(signal_number);
}

void install_handler_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (const int signal_number : cleaned_signals) {
            struct sigaction current {};
            if (::sigaction(signal_number, nullptr, &current) != 0)
                continue;
            // Only where the signal would end the process: never over a handler the
            // program set, nor over an ignored signal (nohup, a shell's SIGPIPE).
            if ((current.sa_flags & SA_SIGINFO) != 0 || current.sa_handler != SIG_DFL)
                continue;
            struct sigaction action {};
            action.sa_handler = remove_temporary_files;
            sigemptyset(&action.sa_mask);
            ::sigaction(signal_number, &action, nullptr);
        }
    });
}

} // namespace

int remove_on_signal(const char* path) {
    const std::size_t length = std::strlen(path);
    if (length >= path_capacity)
        return -1;
    install_handler_once();
    for (std::size_t i = 0; i < slots.size(); ++i) {
        int expected = free_slot;
        if (!slots[i].state.compare_exchange_strong(expected, filling, std::memory_order_acq_rel))
            continue;
        std::memcpy(slots[i].path, path, length + 1);
        slots[i].state.store(live, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void forget_on_signal(int slot) {
    if (slot >= 0 && static_cast<std::size_t>(slot) < slots.size())
        slots[static_cast<std::size_t>(slot)].state.store(free_slot, std::memory_order_release);
}

} // namespace engage::detail
