// The streaming writer must write exactly what nlohmann::json::dump writes: the golden reports
// depend on it byte for byte, natively and in WASM.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "json_writer.hpp"

using portcheck::detail::JsonWriter;
using Json = nlohmann::ordered_json;

namespace {

std::string viaNlohmann(const Json& j, int indent) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string viaWriter(const std::string& text, int indent) {
  JsonWriter out(indent);
  out.beginObject().key(text).beginArray().value(text).value(true).null().value(std::uint64_t{42});
  out.beginObject().endObject().beginArray().endArray().endArray().endObject();
  return out.take();
}

std::string expected(const std::string& text, int indent) {
  Json j = Json::object();
  j[text] = Json::array({text, true, nullptr, 42, Json::object(), Json::array()});
  return viaNlohmann(j, indent);
}

}  // namespace

TEST_CASE("the JSON writer escapes every byte as nlohmann does, compact and indented") {
  for (int indent : {-1, 2}) {
    for (int byte = 0; byte < 256; ++byte) {
      const std::string text = "a" + std::string(1, char(byte)) + "z";
      CAPTURE(byte);
      CHECK(viaWriter(text, indent) == expected(text, indent));
    }
  }
}

TEST_CASE("the JSON writer matches nlohmann on valid and ill-formed UTF-8") {
  const std::string cases[] = {"", "plain", "Café ☎ 𝟘", "\xE2\x80\xAE bidi", "\xFF", "ab\xC3", "\xED\xA0\x80", "\xF0\x9F\x98",
        "tab\there\nnewline\"quote\\back", std::string("nul\0inside", 10)};
  for (const std::string& text : cases) {
    CAPTURE(text);
    for (int indent : {-1, 2}) CHECK(viaWriter(text, indent) == expected(text, indent));
  }
  std::mt19937 random(2026);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    for (int k = 0; k < 12; ++k) text.push_back(char(random() % 256));
    CAPTURE(i);
    CHECK(viaWriter(text, 2) == expected(text, 2));
  }
}

TEST_CASE("the JSON writer nests like nlohmann's indented dump") {
  JsonWriter out(2);
  out.beginObject().key("a").beginObject().key("b").beginArray().value("x").beginArray().endArray();
  out.beginObject().key("c").value(std::uint64_t{0}).endObject().endArray().endObject();
  out.key("d").beginObject().endObject().endObject();
  const Json j = Json::parse(R"({"a":{"b":["x",[],{"c":0}]},"d":{}})");
  CHECK(out.take() == viaNlohmann(j, 2));
}

TEST_CASE("ill-formed UTF-8 is replaced where nlohmann replaces it: every 2-byte string, 3-byte strings around each boundary, long random ones") {
  // The writer's own replacement (json_writer.cpp) against nlohmann's dump as the oracle.
  auto same = [](const std::string& text) {
    JsonWriter out(-1);
    out.value(text);
    return out.take() == Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  std::size_t differing = 0;
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) differing += !same({char(a), char(b)});
  }
  CHECK(differing == 0);
  // Every lead byte whose second byte has its own range, and their neighbours.
  for (int a : {0x7F, 0x80, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF}) {
    for (int b = 0; b < 256; ++b) {
      for (int c = 0; c < 256; ++c) differing += !same({char(a), char(b), char(c)});
    }
  }
  CHECK(differing == 0);
  std::mt19937 random(20261208);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 24);
    for (int k = 0; k < length; ++k) {
      // Mostly bytes of multi-byte sequences, where the boundaries are.
      text.push_back(char(random() % 4 == 0 ? random() % 128 : 0x80 + random() % 128));
    }
    differing += !same(text);
  }
  CHECK(differing == 0);
}
