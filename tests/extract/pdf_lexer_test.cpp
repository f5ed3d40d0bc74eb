// The content-stream lexer: tokens, string escapes, inline images, junk.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/pdf/content_lexer.hpp"

namespace unxref::pdf {
namespace {

// Tokens rendered as short strings: "n:1.5", "s:abc", "/Name", "k:Tj", "[", "]", "<<", ">>".
std::vector<std::string> lex(std::string_view input) {
  std::vector<std::string> out;
  ContentLexer lexer(input);
  for (Token t = lexer.next(); t.kind != Tok::end; t = lexer.next()) {
    switch (t.kind) {
      case Tok::number: {
        std::string n = std::to_string(t.number);
        n.erase(n.find_last_not_of('0') + 1);
        if (n.back() == '.') n.pop_back();
        out.push_back("n:" + n);
        break;
      }
      case Tok::string: out.push_back("s:" + std::string(t.text)); break;
      case Tok::name: out.push_back("/" + std::string(t.text)); break;
      case Tok::keyword: out.push_back("k:" + std::string(t.text)); break;
      case Tok::array_open: out.push_back("["); break;
      case Tok::array_close: out.push_back("]"); break;
      case Tok::dict_open: out.push_back("<<"); break;
      case Tok::dict_close: out.push_back(">>"); break;
      case Tok::end: break;
    }
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ContentLexer, Operators) {
  EXPECT_EQ(lex("BT /F1 12 Tf 72 712.5 Td (Hi) Tj ET"),
            (V{"k:BT", "/F1", "n:12", "k:Tf", "n:72", "n:712.5", "k:Td", "s:Hi", "k:Tj", "k:ET"}));
  EXPECT_EQ(lex("[(A)-250.5(B)]TJ"), (V{"[", "s:A", "n:-250.5", "s:B", "]", "k:TJ"}));
  EXPECT_EQ(lex("T* ' \" q Q"), (V{"k:T*", "k:'", "k:\"", "k:q", "k:Q"}));
}

TEST(ContentLexer, Numbers) {
  EXPECT_EQ(lex("0 -3 +4 .5 -.25 4. 007"), (V{"n:0", "n:-3", "n:4", "n:0.5", "n:-0.25", "n:4", "n:7"}));
  EXPECT_EQ(lex("--3 1.2.3 -"), (V{"k:--3", "k:1.2.3", "k:-"}));  // malformed: not numbers
}

TEST(ContentLexer, LiteralStrings) {
  EXPECT_EQ(lex(R"((a\(b\)c))"), (V{"s:a(b)c"}));
  EXPECT_EQ(lex("(nested (parens) ok)"), (V{"s:nested (parens) ok"}));
  EXPECT_EQ(lex(R"((\101\60x\0061))"), (V{"s:A0x\0061"}));
  EXPECT_EQ(lex("(tab\\there\\\nnext)"), (V{"s:tab\there" "next"}));
  EXPECT_EQ(lex("(unterminated"), (V{"s:unterminated"}));
}

TEST(ContentLexer, HexStrings) {
  EXPECT_EQ(lex("<48 65 6C6c6F>"), (V{"s:Hello"}));
  EXPECT_EQ(lex("<414>"), (V{std::string("s:A@")}));  // odd digit count: trailing 0
  EXPECT_EQ(lex("<FEFF0041>"), (V{std::string("s:\xFE\xFF\x00\x41", 6)}));  // BOM kept for the font to decode
}

TEST(ContentLexer, NamesAndDictionaries) {
  EXPECT_EQ(lex("/Span<</ActualText(x)/MCID 3>>BDC"), (V{"/Span", "<<", "/ActualText", "s:x", "/MCID", "n:3", ">>", "k:BDC"}));
  EXPECT_EQ(lex("/A#20B /#41"), (V{"/A B", "/A"}));
}

TEST(ContentLexer, Comments) { EXPECT_EQ(lex("1 % a comment (not a string\n2"), (V{"n:1", "n:2"})); }

TEST(ContentLexer, InlineImageDataIsSkipped) {
  const std::string stream = std::string("BI /W 2 /H 2 /BPC 8 /CS /G ID ") + std::string("\x00(Tj)EIx\xff", 9) +
                             " EI Q (after) Tj";
  ContentLexer lexer(stream);
  Token t = lexer.next();
  ASSERT_EQ(t.kind, Tok::keyword);
  ASSERT_EQ(t.text, "BI");
  lexer.skip_inline_image();
  t = lexer.next();
  EXPECT_EQ(t.kind, Tok::keyword);
  EXPECT_EQ(t.text, "Q");
  t = lexer.next();
  EXPECT_EQ(t.kind, Tok::string);
  EXPECT_EQ(t.text, "after");
}

TEST(ContentLexer, UnterminatedInlineImageEndsTheStream) {
  ContentLexer lexer("BI /W 1 ID \x01\x02\x03");
  lexer.next();
  lexer.skip_inline_image();
  EXPECT_EQ(lexer.next().kind, Tok::end);
}

TEST(ContentLexer, BinaryJunkAlwaysTerminates) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  ContentLexer lexer(junk);
  std::size_t tokens = 0;
  for (Token t = lexer.next(); t.kind != Tok::end; t = lexer.next()) ASSERT_LT(++tokens, junk.size() + 1);
  EXPECT_EQ(lexer.offset(), junk.size());
}

}  // namespace
}  // namespace unxref::pdf
