// The floor for engage's parser: read each YAML file under the given paths and
// walk yaml-cpp's event API with handlers that do nothing. engage parses with
// the same API, so this is the least any engage run over the same files costs.
//
// usage: yaml-floor PATH...   (files, or folders searched for *.yaml / *.yml)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

class NullHandler final : public YAML::EventHandler {
public:
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override {}
};

bool is_yaml(const std::filesystem::path& path) {
    return path.extension() == ".yaml" || path.extension() == ".yml";
}

} // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        if (fs::is_directory(root)) {
            for (const auto& entry : fs::recursive_directory_iterator(root)) {
                if (entry.is_regular_file() && is_yaml(entry.path()))
                    files.push_back(entry.path());
            }
        } else {
            files.push_back(root);
        }
    }
    std::sort(files.begin(), files.end());
    NullHandler handler;
    std::size_t failed = 0;
    for (const fs::path& path : files) {
        // Read once into memory, as engage does, then parse from that buffer.
        std::ifstream file(path, std::ios::binary);
        std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        std::istringstream input(std::move(text));
        try {
            YAML::Parser parser(input);
            while (parser.HandleNextDocument(handler)) {
            }
        } catch (const YAML::Exception&) {
            ++failed;
        }
    }
    std::printf("%zu files, %zu events, %zu not parsed\n", files.size(), handler.events, failed);
    return failed == 0 ? 0 : 1;
}
