#include "extract/pdf/interpreter.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>

#include "extract/pdf/unicode.hpp"

namespace unxref::pdf {
namespace {

using PoDoFo::PdfObject;

// A rightward TJ move of more than this many ems stands for a word space.
// Kerning pairs move glyphs by well under 0.1 em and mostly leftwards, while
// the narrowest justified word spaces of TeX and Word stay above 0.2 em, so
// 0.15 em sits in the empty middle.
constexpr double kTjSpaceEm = 0.15;

constexpr std::size_t kMaxStateDepth = 256;  // q without Q must not grow memory forever
constexpr std::size_t kMaxOperands = 65536;  // between two operators; TJ arrays of whole lines fit
constexpr int kMaxFormDepth = 64;            // whatever the options say: recursion uses the C++ stack

// A page may lex this many times its stream budget in total: a small form
// drawn a million times must not take hours even within the operator count.
constexpr std::size_t kLexBudgetFactor = 4;

constexpr std::uint32_t pack(std::string_view op) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < op.size() && i < 3; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(op[i])) << (8 * i);
  return op.size() <= 3 ? v : 0;
}

int quarter_turns(double dx, double dy) {
  if (dx == 0 && dy == 0) return 0;
  const double q = std::round(std::atan2(dy, dx) / (M_PI / 2));
  return (static_cast<int>(q) % 4 + 4) % 4;
}

}  // namespace

Matrix display_matrix(double x0, double y0, double x1, double y1, int quarter) {
  const double w = x1 - x0, h = y1 - y0;
  const Matrix flip{1, 0, 0, -1, -x0, y1};  // top-left origin, y down
  switch (((quarter % 4) + 4) % 4) {
    case 1: return flip * Matrix{0, 1, -1, 0, h, 0};
    case 2: return flip * Matrix{-1, 0, 0, -1, w, h};
    case 3: return flip * Matrix{0, -1, 1, 0, 0, w};
    default: return flip;
  }
}

// ---- DocumentCache --------------------------------------------------------

DocumentCache::FontRef DocumentCache::font(const PdfObject* dict, std::string_view resource_name,
                                           std::vector<std::string>& warnings) {
  if (!dict || !dict->IsDictionary()) return fallback_font();
  if (auto it = font_ids_.find(dict); it != font_ids_.end()) return {fonts_[static_cast<std::size_t>(it->second)].get(), it->second};
  auto font = Font::load(objects_, dict, options_.max_stream_bytes);
  if (!font->problem().empty())
    warnings.push_back("font /" + std::string(resource_name) +
                       (font->base_name().empty() ? "" : " (" + font->base_name() + ")") + ": " + font->problem());
  const int id = static_cast<int>(fonts_.size());
  fonts_.push_back(std::move(font));
  font_ids_.emplace(dict, id);
  return {fonts_.back().get(), id};
}

DocumentCache::FontRef DocumentCache::fallback_font() {
  if (fallback_id_ < 0) {
    fallback_id_ = static_cast<int>(fonts_.size());
    fonts_.push_back(Font::fallback());
  }
  return {fonts_[static_cast<std::size_t>(fallback_id_)].get(), fallback_id_};
}

const std::string& DocumentCache::form_content(const PdfObject* form) {
  if (auto it = forms_.find(form); it != forms_.end()) return it->second;
  scratch_.clear();
  append_decoded_stream(*form, options_.max_stream_bytes, scratch_);
  // Forms repeat across pages (letterheads, running heads): keep them while
  // the cache stays within one stream budget.
  if (form_bytes_ + scratch_.size() <= options_.max_stream_bytes) {
    form_bytes_ += scratch_.size();
    return forms_.emplace(form, scratch_).first->second;
  }
  return scratch_;
}

// ---- PageInterpreter ------------------------------------------------------

PageInterpreter::PageInterpreter(DocumentCache& cache, PageGlyphs& out, std::vector<std::string>& warnings)
    : cache_(cache), out_(out), warnings_(warnings) {}

void PageInterpreter::run(std::string_view content, const PdfObject* resources, const Matrix& device) {
  device_ = device;
  gs_ = GState{};
  backgrounds_.clear();
  path_open_ = false;
  marked_.clear();
  mcid_ = Glyph::kNoMcid;
  stack_.clear();
  stack_floor_ = 0;
  execute(content, resources, 0);
}

void PageInterpreter::push(const Token& t) {
  if (top_ == operands_.size()) operands_.emplace_back();
  Operand& o = operands_[top_++];
  o.kind = t.kind;
  o.number = t.number;
  if (t.kind == Tok::string || t.kind == Tok::name) o.text.assign(t.text.data(), t.text.size());
}

double PageInterpreter::num(std::size_t back) const {
  if (back > top_) return 0;
  const Operand& o = operands_[top_ - back];
  return o.kind == Tok::number && std::isfinite(o.number) ? o.number : 0;
}

void PageInterpreter::execute(std::string_view content, const PdfObject* resources, int depth) {
  lexed_bytes_ += content.size();
  const std::size_t lex_budget = cache_.options().max_stream_bytes * kLexBudgetFactor;
  if (lexed_bytes_ > lex_budget)
    throw OperatorLimit("stopped after interpreting " + std::to_string(lex_budget) +
                        " bytes of content (Form XObjects drawn over and over)");
  ContentLexer lexer(content);
  top_ = 0;
  for (Token t = lexer.next(); t.kind != Tok::end; t = lexer.next()) {
    if (t.kind != Tok::keyword) {
      // Operands pile up only between operators; a run of junk without one
      // is capped so it cannot take memory in proportion to the stream.
      if (top_ < kMaxOperands) push(t);
      continue;
    }
    if (++operators_ > cache_.options().max_ops_per_page)
      throw OperatorLimit("stopped after " + std::to_string(cache_.options().max_ops_per_page) + " operators");
    dispatch(t.text, lexer, resources, depth);
    top_ = 0;
  }
}

void PageInterpreter::dispatch(std::string_view op, ContentLexer& lexer, const PdfObject* resources, int depth) {
  switch (pack(op)) {
    case pack("q"):
      if (stack_.size() < kMaxStateDepth) stack_.push_back(gs_);
      break;
    case pack("Q"):
      if (stack_.size() > stack_floor_) {
        gs_ = stack_.back();
        stack_.pop_back();
      }
      break;
    case pack("cm"): {
      const Matrix m{num(6), num(5), num(4), num(3), num(2), num(1)};
      if (m.finite()) gs_.ctm = m * gs_.ctm;
      break;
    }
    case pack("BT"): tm_ = tlm_ = Matrix{}; break;
    case pack("ET"): break;
    case pack("Tf"):
      if (top_ >= 2 && operands_[top_ - 2].kind == Tok::name) set_font(resources, operands_[top_ - 2].text, num(1));
      break;
    case pack("Tc"): gs_.char_space = num(1); break;
    case pack("Tw"): gs_.word_space = num(1); break;
    case pack("Tz"): gs_.hscale = num(1) / 100.0; break;
    case pack("TL"): gs_.leading = num(1); break;
    case pack("Ts"): gs_.rise = num(1); break;
    case pack("Tr"): gs_.render_mode = static_cast<int>(num(1)); break;
    case pack("Td"): next_line(num(2), num(1)); break;
    case pack("TD"):
      gs_.leading = -num(1);
      next_line(num(2), num(1));
      break;
    case pack("Tm"): {
      const Matrix m{num(6), num(5), num(4), num(3), num(2), num(1)};
      if (m.finite()) tm_ = tlm_ = m;
      break;
    }
    case pack("T*"): next_line(0, -gs_.leading); break;
    case pack("Tj"):
      if (top_ >= 1 && operands_[top_ - 1].kind == Tok::string) show(operands_[top_ - 1].text);
      break;
    case pack("'"):
      next_line(0, -gs_.leading);
      if (top_ >= 1 && operands_[top_ - 1].kind == Tok::string) show(operands_[top_ - 1].text);
      break;
    case pack("\""):
      if (top_ >= 3) {
        gs_.word_space = num(3);
        gs_.char_space = num(2);
      }
      next_line(0, -gs_.leading);
      if (top_ >= 1 && operands_[top_ - 1].kind == Tok::string) show(operands_[top_ - 1].text);
      break;
    case pack("TJ"): {
      std::size_t begin = top_;
      while (begin > 0 && operands_[begin - 1].kind != Tok::array_open) --begin;
      for (std::size_t i = begin; i < top_; ++i) {
        const Operand& o = operands_[i];
        if (o.kind == Tok::string) show(o.text);
        else if (o.kind == Tok::number && std::isfinite(o.number)) adjust(o.number);
      }
      break;
    }
    case pack("Do"):
      if (top_ >= 1 && operands_[top_ - 1].kind == Tok::name) {
        const std::string name = operands_[top_ - 1].text;  // the operand stack is reused inside
        do_xobject(resources, name, depth);
      }
      break;
    case pack("BMC"): begin_marked(resources, false); break;
    case pack("BDC"): begin_marked(resources, true); break;
    case pack("EMC"): end_marked(); break;
    case pack("BI"):
      lexer.skip_inline_image();
      cover_unit_square();
      break;
    // Colours and filled shapes: only to tell white text on a white page
    // from white text on a dark box.
    case pack("g"): set_fill(1); break;
    case pack("rg"): set_fill(3); break;
    case pack("k"): set_fill(4); break;
    case pack("sc"):
    case pack("scn"): set_fill(top_); break;
    case pack("cs"): gs_.fill_white = false; break;  // a new colour space starts at its black
    case pack("m"):
    case pack("l"): path_point(num(2), num(1)); break;
    case pack("c"):
      path_point(num(6), num(5));
      path_point(num(4), num(3));
      path_point(num(2), num(1));
      break;
    case pack("v"):
    case pack("y"):
      path_point(num(4), num(3));
      path_point(num(2), num(1));
      break;
    case pack("re"): {
      const double x = num(4), y = num(3), w = num(2), h = num(1);
      path_point(x, y);
      path_point(x + w, y + h);
      break;
    }
    case pack("f"):
    case pack("F"):
    case pack("f*"):
    case pack("B"):
    case pack("B*"):
    case pack("b"):
    case pack("b*"): fill_path(); break;
    case pack("n"):
    case pack("S"):
    case pack("s"): path_open_ = false; break;
    case pack("sh"): backgrounds_.push_back(Box{-1e9, -1e9, 1e9, 1e9}); break;
    default: break;  // marked content and the rest: no text
  }
}

namespace {

// A PDF text string as UTF-8: UTF-16BE after a byte order mark, else
// PDFDocEncoding, which agrees with Latin-1 on the letters that matter here.
std::string text_string(std::string_view bytes) {
  std::string out;
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF) {
    append_utf16be(out, bytes.substr(2));
  } else {
    for (char c : bytes) append_glyph_codepoint(out, static_cast<unsigned char>(c));
  }
  return out;
}

}  // namespace

void PageInterpreter::begin_marked(const PdfObject* resources, bool has_properties) {
  if (marked_.size() >= kMaxStateDepth) return;  // EMC without its BMC pops nothing then
  Marked m;
  m.first_glyph = out_.glyphs.size();
  if (top_ >= 1 && operands_[0].kind == Tok::name) m.artifact = operands_[0].text == "Artifact";
  if (has_properties && top_ >= 2) {
    if (operands_[1].kind == Tok::name) {
      // A named property list in the resources' /Properties.
      const Objects& objects = cache_.objects();
      const PdfObject* props = objects.get(objects.get(resources, "Properties"), operands_[1].text.c_str());
      if (auto id = objects.number(objects.get(props, "MCID")); id && *id >= 0 && *id < 1e9) m.mcid = static_cast<int>(*id);
      if (const PdfObject* at = objects.get(props, "ActualText"); at && (at->IsString() || at->IsHexString())) {
        const PoDoFo::PdfString& str = at->GetString();
        m.has_actual_text = true;
        m.actual_text = str.GetStringUtf8();
      }
    } else {
      std::string alt;  // a span's /Alt stands in for its glyphs when it has no /ActualText
      for (std::size_t i = 1; i + 1 < top_; ++i) {
        const Operand& key = operands_[i];
        const Operand& value = operands_[i + 1];
        if (key.kind != Tok::name) continue;
        if (key.text == "MCID" && value.kind == Tok::number && value.number >= 0 && value.number < 1e9)
          m.mcid = static_cast<int>(value.number);
        if (key.text == "ActualText" && value.kind == Tok::string) {
          m.has_actual_text = true;
          m.actual_text = text_string(value.text);
        } else if (key.text == "Alt" && value.kind == Tok::string) {
          alt = text_string(value.text);
        }
      }
      if (!m.has_actual_text && !alt.empty() && !m.artifact && operands_[0].text == "Span") {
        m.has_actual_text = true;
        m.actual_text = std::move(alt);
      }
    }
  }
  marked_.push_back(std::move(m));
  update_mcid();
}

void PageInterpreter::end_marked() {
  if (marked_.empty()) return;
  Marked m = std::move(marked_.back());
  marked_.pop_back();
  update_mcid();
  if (!m.has_actual_text || m.first_glyph >= out_.glyphs.size()) return;
  // The replacement text stands where the glyphs it replaces were drawn
  // ("ENErGy" drawn with swapped glyphs, a logo spelled out in /ActualText).
  std::vector<Glyph>& gs = out_.glyphs;
  Glyph joined = gs[m.first_glyph];
  double x1 = joined.x + joined.width;
  for (std::size_t i = m.first_glyph; i < gs.size(); ++i) x1 = std::max(x1, gs[i].x + gs[i].width);
  joined.text = m.actual_text;
  joined.width = x1 - joined.x;
  gs.resize(m.first_glyph);
  if (!joined.text.empty()) gs.push_back(std::move(joined));
}

void PageInterpreter::update_mcid() {
  mcid_ = Glyph::kNoMcid;
  for (auto it = marked_.rbegin(); it != marked_.rend(); ++it) {
    if (it->artifact) {
      mcid_ = Glyph::kArtifact;
      return;
    }
    if (mcid_ == Glyph::kNoMcid && it->mcid >= 0) mcid_ = it->mcid;
  }
}

void PageInterpreter::set_fill(std::size_t components) {
  bool white = components > 0 && top_ >= components;
  for (std::size_t i = 1; white && i <= components; ++i) {
    if (operands_[top_ - i].kind != Tok::number) white = false;
  }
  if (white) {
    if (components == 4) {
      for (std::size_t i = 1; i <= 4; ++i) white = white && num(i) <= 0.01;
    } else if (components == 1 || components == 3) {
      for (std::size_t i = 1; i <= components; ++i) white = white && num(i) >= 0.99;
    } else {
      white = false;
    }
  }
  gs_.fill_white = white;
}

void PageInterpreter::path_point(double x, double y) {
  double dx = 0, dy = 0;
  (gs_.ctm * device_).apply(x, y, dx, dy);
  if (!path_open_) {
    path_box_ = Box{dx, dy, dx, dy};
    path_open_ = true;
    return;
  }
  path_box_.x0 = std::min(path_box_.x0, dx);
  path_box_.y0 = std::min(path_box_.y0, dy);
  path_box_.x1 = std::max(path_box_.x1, dx);
  path_box_.y1 = std::max(path_box_.y1, dy);
}

void PageInterpreter::fill_path() {
  if (path_open_ && !gs_.fill_white) backgrounds_.push_back(path_box_);
  path_open_ = false;
}

void PageInterpreter::cover_unit_square() {
  const bool was_white = gs_.fill_white;
  gs_.fill_white = false;
  path_open_ = false;
  path_point(0, 0);
  path_point(1, 1);
  path_point(0, 1);
  path_point(1, 0);
  fill_path();
  gs_.fill_white = was_white;
}

bool PageInterpreter::visible(double x, double y) const {
  if (gs_.render_mode == 3 || gs_.render_mode == 7) return false;
  // A point or two of slack: glyph origins sit on the crop edge in
  // full-bleed designs.
  constexpr double kSlack = 2;
  if (x < -kSlack || y < -kSlack || x > out_.width + kSlack || y > out_.height + kSlack) return false;
  if (!gs_.fill_white) return true;
  return std::any_of(backgrounds_.begin(), backgrounds_.end(),
                     [&](const Box& b) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; });
}

void PageInterpreter::set_font(const PdfObject* resources, const std::string& name, double size) {
  gs_.font_size = size;
  auto& by_name = font_lookup_[resources];
  if (auto it = by_name.find(name); it != by_name.end()) {
    gs_.font = it->second;
    return;
  }
  const Objects& objects = cache_.objects();
  const PdfObject* dict = objects.get(objects.get(resources, "Font"), name.c_str());
  DocumentCache::FontRef ref;
  if (dict) {
    ref = cache_.font(dict, name, warnings_);
  } else {
    warnings_.push_back("page " + std::to_string(out_.number) + ": font /" + name +
                        " is not in the page resources; its text is read as Latin-1");
    ref = cache_.fallback_font();
  }
  by_name.emplace(name, ref);
  gs_.font = ref;
}

void PageInterpreter::next_line(double tx, double ty) {
  tlm_ = Matrix::translate(tx, ty) * tlm_;
  tm_ = tlm_;
}

void PageInterpreter::show(std::string_view bytes) {
  if (!gs_.font.font) gs_.font = cache_.fallback_font();
  const Font& font = *gs_.font.font;
  const Matrix ctm_dev = gs_.ctm * device_;
  const double fs = gs_.font_size, th = gs_.hscale, tc = gs_.char_space, tw = gs_.word_space;
  const bool vertical = font.vertical();

  Matrix trm = tm_ * ctm_dev;
  const double size = std::abs(fs) * std::hypot(trm.c, trm.d);
  const double x_scale = std::hypot(trm.a, trm.b);
  const int rotation = vertical ? quarter_turns(-trm.c, -trm.d) : quarter_turns(trm.a, trm.b);
  const bool bold = font.bold() || gs_.render_mode == 2;  // fill + stroke: Word's fake bold

  font.for_each_code(bytes, [&](const CodeInfo& code, bool word_space) {
    trm = tm_ * ctm_dev;
    double gx = 0, gy = 0;
    if (!code.text.empty()) trm.apply(0, gs_.rise, gx, gy);
    if (!code.text.empty() && visible(gx, gy)) {
      Glyph& g = out_.glyphs.emplace_back();
      g.text = code.text;
      g.x = gx;
      g.y = gy;
      g.width = vertical ? std::abs(fs) * std::hypot(trm.c, trm.d) : code.width * fs * th * x_scale;
      g.size = size;
      g.font = gs_.font.id;
      g.bold = bold;
      g.rotation = rotation;
      g.mcid = mcid_;
    }
    const double spacing = tc + (word_space ? tw : 0);
    if (vertical) {
      const double ty = -fs + spacing;  // default vertical advance: one em down
      tm_.e += ty * tm_.c;
      tm_.f += ty * tm_.d;
    } else {
      const double tx = (code.width * fs + spacing) * th;
      tm_.e += tx * tm_.a;
      tm_.f += tx * tm_.b;
    }
  });
}

void PageInterpreter::adjust(double thousandths) {
  const double fs = gs_.font_size;
  const bool vertical = gs_.font.font && gs_.font.font->vertical();
  if (vertical) {
    const double ty = -thousandths / 1000.0 * fs;
    tm_.e += ty * tm_.c;
    tm_.f += ty * tm_.d;
    return;
  }
  const double tx = -thousandths / 1000.0 * fs * gs_.hscale;
  if (-thousandths / 1000.0 > kTjSpaceEm) emit_space(tx);
  tm_.e += tx * tm_.a;
  tm_.f += tx * tm_.b;
}

void PageInterpreter::emit_space(double text_advance) {
  if (out_.glyphs.empty() || out_.glyphs.back().text == " ") return;
  const Matrix trm = tm_ * gs_.ctm * device_;
  double gx = 0, gy = 0;
  trm.apply(0, gs_.rise, gx, gy);
  if (!visible(gx, gy)) return;
  Glyph& g = out_.glyphs.emplace_back();
  g.text = " ";
  g.x = gx;
  g.y = gy;
  g.width = std::abs(text_advance) * std::hypot(trm.a, trm.b);
  g.size = std::abs(gs_.font_size) * std::hypot(trm.c, trm.d);
  g.font = gs_.font.id;
  g.bold = gs_.font.font && gs_.font.font->bold();
  g.rotation = quarter_turns(trm.a, trm.b);
  g.mcid = mcid_;
}

void PageInterpreter::do_xobject(const PdfObject* resources, const std::string& name, int depth) {
  const Objects& objects = cache_.objects();
  const PdfObject* form = objects.get(objects.get(resources, "XObject"), name.c_str());
  if (!form || !form->IsDictionary()) return;
  if (objects.name(objects.get(form, "Subtype")) == "Image") {
    cover_unit_square();  // white text over a photo stays
    return;
  }
  if (objects.name(objects.get(form, "Subtype")) != "Form") return;
  const int max_depth = std::min(cache_.options().max_xobject_depth, kMaxFormDepth);
  if (depth + 1 > max_depth || active_forms_.count(form)) {
    if (!warned_depth_)
      warnings_.push_back("page " + std::to_string(out_.number) + ": Form XObject /" + name +
                          (active_forms_.count(form) ? " draws itself; the loop was cut"
                                                     : " nested deeper than " + std::to_string(max_depth) +
                                                           " levels was skipped"));
    warned_depth_ = true;
    return;
  }
  std::string content;
  try {
    content = cache_.form_content(form);
  } catch (const PoDoFo::PdfError& e) {
    warnings_.push_back("page " + std::to_string(out_.number) + ": Form XObject /" + name + ": " + describe(e));
    return;
  } catch (const StreamTooLarge& e) {
    warnings_.push_back("page " + std::to_string(out_.number) + ": Form XObject /" + name + ": " + e.what());
    return;
  }

  const GState saved_gs = gs_;
  const Matrix saved_tm = tm_, saved_tlm = tlm_;
  const std::size_t saved_floor = stack_floor_, saved_depth = stack_.size();
  if (const PoDoFo::PdfArray* m = [&]() -> const PoDoFo::PdfArray* {
        const PdfObject* a = objects.get(form, "Matrix");
        return a && a->IsArray() ? &a->GetArray() : nullptr;
      }();
      m && m->size() == 6) {
    double v[6];
    for (std::size_t i = 0; i < 6; ++i) v[i] = objects.number(&(*m)[i]).value_or(0);
    const Matrix fm{v[0], v[1], v[2], v[3], v[4], v[5]};
    if (fm.finite()) gs_.ctm = fm * gs_.ctm;
  }
  const PdfObject* form_resources = objects.get(form, "Resources");
  stack_floor_ = stack_.size();
  active_forms_.insert(form);
  try {
    execute(content, form_resources ? form_resources : resources, depth + 1);
  } catch (...) {
    active_forms_.erase(form);
    throw;
  }
  active_forms_.erase(form);
  stack_.resize(saved_depth);
  stack_floor_ = saved_floor;
  gs_ = saved_gs;
  tm_ = saved_tm;
  tlm_ = saved_tlm;
}

}  // namespace unxref::pdf
