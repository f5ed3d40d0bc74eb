#pragma once
// Making text safe for the places it lands in a report page. Private to the stage.
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "unxref/core/html_escape.hpp"

namespace unxref::report {

// Element text and quoted attribute values: unxref::html_escape.
inline std::string escape(std::string_view text) { return html_escape(text); }

// A JSON value as the body of <script type="application/json">: no "<", ">"
// or "&" anywhere (they become \u escapes inside strings, where alone they
// can occur), so no text can close the element or open a comment; U+2028
// and U+2029 escaped too. Invalid UTF-8 becomes U+FFFD.
std::string script_json(const nlohmann::ordered_json& value);

// The head of a page (doctype, charset, Content-Security-Policy that allows
// inline script and style and nothing from anywhere, the shared style) up to
// and including <body>; `title` is escaped here.
std::string page_head(std::string_view title, std::string_view extra_style = {});
std::string page_foot();

}  // namespace unxref::report
