#pragma once
// Running the outside programs the render tests check against: Graphviz's
// `dot` binary and python3's XML parser.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace unxref::testing {

inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline bool have_program(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs `command` through the shell; returns its stdout, or nullopt when it
// exits non-zero.
inline std::optional<std::string> run(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  if (pclose(pipe) != 0) return std::nullopt;
  return out;
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

// What an SVG says to a reader: the text of every <text> element and every
// link tooltip, as a strict XML parser sees them. nullopt when the file is
// not well-formed XML.
struct SvgContent {
  std::vector<std::string> texts;
  std::vector<std::string> tooltips;
  std::vector<std::string> element_names;
  std::size_t nodes = 0;  // <g class="node">
  std::size_t edges = 0;  // <g class="edge">
};

inline std::optional<SvgContent> parse_svg(const std::filesystem::path& svg) {
  // One record per line; newlines inside values are escaped as \n.
  const std::string script =
      "import sys, xml.dom.minidom as m\n"
      "d = m.parse(sys.argv[1])\n"
      "esc = lambda s: s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')\n"
      "for e in d.getElementsByTagName('*'):\n"
      "    sys.stdout.write('E\\t' + e.tagName + '\\n')\n"
      "    if e.tagName == 'g':\n"
      "        sys.stdout.write('C\\t' + e.getAttribute('class') + '\\n')\n"
      "    if e.tagName == 'text':\n"
      "        sys.stdout.write('T\\t' + esc(''.join(c.data for c in e.childNodes if c.nodeType == "
      "c.TEXT_NODE)) + '\\n')\n"
      "    if e.hasAttribute('xlink:title'):\n"
      "        sys.stdout.write('A\\t' + esc(e.getAttribute('xlink:title')) + '\\n')\n";
  const std::filesystem::path py = svg.string() + ".probe.py";
  write_file(py, script);
  const auto out = run("PYTHONIOENCODING=utf-8 python3 " + shell_quote(py.string()) + " " +
                       shell_quote(svg.string()) + " 2>/dev/null");
  if (!out) return std::nullopt;
  SvgContent content;
  std::istringstream lines(*out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() < 2) continue;
    std::string value;
    for (std::size_t i = 2; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        ++i;
        value += line[i] == 'n' ? '\n' : line[i];
      } else {
        value += line[i];
      }
    }
    if (line[0] == 'E') content.element_names.push_back(value);
    if (line[0] == 'T') content.texts.push_back(value);
    if (line[0] == 'A') content.tooltips.push_back(value);
    if (line[0] == 'C') content.nodes += value == "node";
    if (line[0] == 'C') content.edges += value == "edge";
  }
  return content;
}

}  // namespace unxref::testing
