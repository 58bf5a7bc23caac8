// Text helpers used by the rules.
#include <doctest/doctest.h>

#include <string>

#include "text.hpp"

TEST_CASE("trim strips ASCII whitespace at both ends only") {
  CHECK(portcheck::trim("") == "");
  CHECK(portcheck::trim(" \t\r\n") == "");
  CHECK(portcheck::trim("  a b  ") == "a b");
  CHECK(portcheck::trim("\xc2\xa0x") == "\xc2\xa0x");  // NBSP is not ASCII whitespace
}

TEST_CASE("UTF-8 validation accepts well-formed text and rejects every ill-formed kind") {
  CHECK(portcheck::isValidUtf8(""));
  CHECK(portcheck::isValidUtf8("plain ASCII"));
  CHECK(portcheck::isValidUtf8("Jos\xc3\xa9 \xe2\x80\xae \xf0\x9f\x93\x9e"));  // é, RLO, 📞
  CHECK(portcheck::isValidUtf8(std::string("a\0b", 3)));                      // NUL is a character
  CHECK_FALSE(portcheck::isValidUtf8("\x80"));              // lone continuation byte
  CHECK_FALSE(portcheck::isValidUtf8("\xc3"));              // truncated sequence
  CHECK_FALSE(portcheck::isValidUtf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(portcheck::isValidUtf8("\xed\xa0\x80"));      // UTF-16 surrogate
  CHECK_FALSE(portcheck::isValidUtf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
  CHECK_FALSE(portcheck::isValidUtf8("\xff"));
}

TEST_CASE("forTerminal escapes what could rewrite a staff terminal and keeps the rest") {
  using portcheck::forTerminal;
  CHECK(forTerminal("Café Borinquen ５６２") == "Café Borinquen ５６２");
  CHECK(forTerminal("a\x1b[2Jb") == "a<U+001B>[2Jb");                        // ANSI clear screen
  CHECK(forTerminal("tab\there\nline") == "tab<U+0009>here<U+000A>line");
  CHECK(forTerminal("\x7f") == "<U+007F>");
  CHECK(forTerminal("\xc2\x9b") == "<U+009B>");                               // C1 CSI
  CHECK(forTerminal("abc\xe2\x80\xae" "fdp.exe") == "abc<U+202E>fdp.exe");    // bidi override
  CHECK(forTerminal("\xe2\x81\xa6x\xe2\x81\xa9") == "<U+2066>x<U+2069>");     // bidi isolates
  CHECK(forTerminal("x\xe2\x80\xa8y") == "x<U+2028>y");                       // line separator
  CHECK(forTerminal(std::string("a\0b", 3)) == "a<U+0000>b");
  CHECK(forTerminal("\xff\xc3") == "<0xFF><0xC3>");                           // not UTF-8
}
