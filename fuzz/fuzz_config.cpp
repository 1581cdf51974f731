// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as .engage.toml. A bad file must end in
// ConfigError (exit 2 in the CLI), never a crash or another exception.
#include <engage/settings.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const engage::Settings settings = engage::parse_config(text, "fuzz/.engage.toml");
        (void)engage::settings_to_toml(settings);
    } catch (const engage::ConfigError&) {
        // the expected outcome for most inputs
    }
    return 0;
}
