// SPDX-License-Identifier: MIT
// A minimal streaming JSON writer: correct escaping, stable two-space layout.
#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace engage::detail {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out)
        : out_(out) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(std::uint64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(double number); ///< shortest form that reads back; null if not finite
    JsonWriter& null();

    /// Writes `text` as a JSON string; invalid UTF-8 becomes U+FFFD; control
    /// characters (C0, DEL, C1), U+2028, U+2029 and bidirectional controls are
    /// written as \u escapes.
    static void write_string(std::ostream& out, std::string_view text);

private:
    void before_value();
    void newline();

    struct Level {
        bool is_object;
        bool empty = true;
    };
    std::ostream& out_;
    std::vector<Level> stack_;
    bool after_key_ = false;
};

/// The first keys of every JSON document engage prints, so that a script can
/// tell what it reads before it reads it: `schema_version`, the major version
/// of the document's shape, then `kind`, which names the shape and its JSON
/// Schema (schemas/engage-KIND.schema.json). Adding keys or enum values keeps
/// the version; removing or renaming anything makes a new one, for that kind
/// alone (see engage(1), "JSON output").
void write_document_header(JsonWriter& json, std::string_view kind, int schema_version = 1);

} // namespace engage::detail
