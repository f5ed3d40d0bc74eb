#pragma once
// Runs content streams: graphics and text state, text-showing operators and
// Form XObjects, emitting positioned glyphs in display space.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/pdf/content_lexer.hpp"
#include "extract/pdf/font.hpp"
#include "extract/pdf/matrix.hpp"
#include "extract/pdf/objects.hpp"
#include "unxref/extract/glyphs.hpp"

namespace unxref::pdf {

// What a document's pages share: fonts and decoded Form XObjects.
class DocumentCache {
 public:
  DocumentCache(const Objects& objects, const ExtractOptions& options) : objects_(objects), options_(options) {}

  struct FontRef {
    const Font* font = nullptr;
    int id = 0;
  };
  // The font of a font dictionary, loaded once; `warnings` gets its problem once.
  FontRef font(const PoDoFo::PdfObject* dict, std::string_view resource_name, std::vector<std::string>& warnings);
  FontRef fallback_font();

  // Decoded content of a Form XObject, cached while the cache is small.
  const std::string& form_content(const PoDoFo::PdfObject* form);

  const Objects& objects() const { return objects_; }
  const ExtractOptions& options() const { return options_; }

 private:
  const Objects& objects_;
  const ExtractOptions& options_;
  std::vector<std::unique_ptr<Font>> fonts_;
  std::unordered_map<const PoDoFo::PdfObject*, int> font_ids_;
  int fallback_id_ = -1;
  std::unordered_map<const PoDoFo::PdfObject*, std::string> forms_;
  std::size_t form_bytes_ = 0;
  std::string scratch_;
};

// Thrown when a page runs more operators than ExtractOptions allows.
class OperatorLimit : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The transform from PDF user space to display space (top-left origin, y
// down, /Rotate applied clockwise) for a crop box and quarter turns.
Matrix display_matrix(double x0, double y0, double x1, double y1, int quarter_turns);

class PageInterpreter {
 public:
  PageInterpreter(DocumentCache& cache, PageGlyphs& out, std::vector<std::string>& warnings);

  // Interprets one page's content; `device` maps user space to display space.
  void run(std::string_view content, const PoDoFo::PdfObject* resources, const Matrix& device);

 private:
  struct GState {
    Matrix ctm;
    DocumentCache::FontRef font;
    double font_size = 0, char_space = 0, word_space = 0, hscale = 1, leading = 0, rise = 0;
    int render_mode = 0;
    bool fill_white = false;  // the non-stroking colour is white (gray 1, RGB 1 1 1, CMYK 0 0 0 0)
  };
  struct Operand {
    Tok kind = Tok::end;
    double number = 0;
    std::string text;  // strings and names
  };

  void execute(std::string_view content, const PoDoFo::PdfObject* resources, int depth);
  void dispatch(std::string_view op, ContentLexer& lexer, const PoDoFo::PdfObject* resources, int depth);
  void push(const Token& t);
  double num(std::size_t back) const;  // operand `back` places from the top (1 = top), 0 if absent
  void set_font(const PoDoFo::PdfObject* resources, const std::string& name, double size);
  void show(std::string_view bytes);
  void adjust(double thousandths);  // a number inside TJ
  void next_line(double tx, double ty);
  void do_xobject(const PoDoFo::PdfObject* resources, const std::string& name, int depth);
  void emit_space(double text_advance);
  // Whether a glyph drawn now at display point (x, y) would be seen: not
  // render mode 3 (invisible, used for OCR layers), inside the page's crop
  // box, and not white on the white page (white on a filled shape or an
  // image is kept).
  bool visible(double x, double y) const;
  void set_fill(std::size_t components);
  void path_point(double x, double y);
  void fill_path();
  void cover_unit_square();  // an image drawn under the current CTM

  // Marked content (BMC/BDC ... EMC): the structure tree's MCIDs, artifacts,
  // and /ActualText that replaces the glyphs it spans.
  struct Marked {
    int mcid = -1;
    bool artifact = false;
    bool has_actual_text = false;
    std::string actual_text;  // UTF-8
    std::size_t first_glyph = 0;
  };
  void begin_marked(const PoDoFo::PdfObject* resources, bool has_properties);
  void end_marked();
  void update_mcid();
  std::vector<Marked> marked_;
  int mcid_ = -1;

  Box path_box_;
  bool path_open_ = false;
  std::vector<Box> backgrounds_;  // display-space boxes of non-white fills and images

  DocumentCache& cache_;
  PageGlyphs& out_;
  std::vector<std::string>& warnings_;
  Matrix device_;
  GState gs_;
  std::vector<GState> stack_;
  std::size_t stack_floor_ = 0;  // a form's Q cannot pop its caller's states
  Matrix tm_, tlm_;
  std::vector<Operand> operands_;
  std::size_t top_ = 0;
  std::size_t operators_ = 0;
  std::size_t lexed_bytes_ = 0;
  std::unordered_set<const PoDoFo::PdfObject*> active_forms_;
  bool warned_depth_ = false;
  std::unordered_map<const PoDoFo::PdfObject*, std::unordered_map<std::string, DocumentCache::FontRef>> font_lookup_;
};

}  // namespace unxref::pdf
