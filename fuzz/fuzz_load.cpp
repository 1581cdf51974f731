// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes, as a plan file, through the loader.
// The loader must never crash, hang or grow without bound (engage-plan(5), LIMITS).
#include <engage/load.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const engage::LoadedPlan loaded = engage::load_plan_text("fuzz.yaml", std::move(text));
    // Every finding must point inside the file it names (line 0 means "no place").
    for (const auto& finding : loaded.findings) {
        if (finding.file != "fuzz.yaml")
            __builtin_trap();
    }
    return 0;
}
