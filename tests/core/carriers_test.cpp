// The carrier table: every carrier the issue names is found the way customers type it, every
// stated fact carries its source, the wording composes, and any name is matched in linear time.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "portcheck/carriers.hpp"

using portcheck::findCarrier;

TEST_CASE("carriers customers leave are found by the names they type") {
  struct Case {
    const char* typed;
    const char* name;
  };
  for (const auto& [typed, name] : std::initializer_list<Case>{
           {"AT&T", "AT&T"}, {"at&t mobility llc", "AT&T"}, {"AT&T Business", "AT&T Business landline"},
           {"Verizon Wireless", "Verizon"}, {"VZW", "Verizon"}, {"Verizon Fios", "Verizon Fios / Business"},
           {"Verizon Business", "Verizon Fios / Business"}, {"T-Mobile", "T-Mobile"}, {"t mobile", "T-Mobile"},
           {"Sprint", "T-Mobile"}, {"Metro by T-Mobile", "Metro by T-Mobile"}, {"MetroPCS", "Metro by T-Mobile"},
           {"Mint Mobile", "Mint Mobile"}, {"U.S. Cellular", "UScellular"}, {"Cricket Wireless", "Cricket Wireless"},
           {"Comcast Business", "Comcast / Xfinity Voice"}, {"Xfinity Mobile", "Xfinity Mobile"},
           {"Spectrum Business", "Spectrum"}, {"Charter Communications, Inc.", "Spectrum"},
           {"Spectrum Mobile", "Spectrum Mobile"}, {"Cox Business", "Cox"}, {"CenturyLink", "Lumen / CenturyLink"},
           {"Lumen", "Lumen / CenturyLink"}, {"Frontier Communications", "Frontier"}, {"Windstream", "Windstream"},
           {"Optimum", "Optimum / Altice"}, {"Altice USA", nullptr}, {"Google Voice", "Google Voice"},
           {"Google Fi", "Google Fi"}, {"RingCentral", "RingCentral"}, {"Vonage", "Vonage"}, {"8x8", "8x8"},
           {"8x8, Inc.", "8x8"}, {"Zoom Phone", "Zoom Phone"}, {"Dialpad", "Dialpad"}, {"Nextiva", "Nextiva"},
           {"Ooma", "Ooma"}, {"Grasshopper", "Grasshopper"}, {"Microsoft Teams", "Microsoft Teams Calling Plan"},
           {"Bob's Telephone Co", nullptr}, {"", nullptr}}) {
    CAPTURE(typed);
    const auto* carrier = findCarrier(typed);
    if (name == nullptr) {
      CHECK(carrier == nullptr);
    } else {
      REQUIRE(carrier != nullptr);
      CHECK(carrier->name == name);
    }
  }
}

TEST_CASE("every fact the table states carries its source, and its wording composes") {
  const auto hasSource = [](const portcheck::Source& s) {
    return s.url.rfind("https://", 0) == 0 || s.url.rfind("http://", 0) == 0;
  };
  // how / where / shape follow a colon in the fixes ("Get the Transfer PIN: in the T-Life app …").
  const auto composes = [](std::string_view text) { return text.find(':') == std::string_view::npos; };
  CHECK(portcheck::knownCarriers().size() >= 25);
  for (const auto* c : portcheck::knownCarriers()) {
    CAPTURE(c->id);
    if (!c->pin.name.empty() || !c->pin.how.empty()) CHECK(hasSource(c->pin.source));
    if (!c->account.where.empty() || c->account.digits.known()) CHECK(hasSource(c->account.source));
    if (!c->lock.name.empty()) CHECK(hasSource(c->lock.source));
    if (c->reseller) CHECK(hasSource(c->reseller_source));
    CHECK(composes(c->pin.how));
    CHECK(composes(c->account.where));
    CHECK(composes(c->account.shape));
    CHECK(composes(c->lock.how));
    if (c->account.digits.known()) CHECK_FALSE(c->account.shape.empty());
    if (!c->lock.name.empty()) CHECK_FALSE(c->lock.how.empty());
  }
}

TEST_CASE("the page's hints for a carrier come from the table") {
  const auto* verizon = findCarrier("verizon");
  REQUIRE(verizon);
  CHECK(portcheck::pinHint(*verizon).rfind("6-digit Number Transfer PIN: dial #PORT (#7678)", 0) == 0);
  CHECK(portcheck::pinHint(*verizon).find("It lasts 7 days.") != std::string::npos);
  CHECK(portcheck::accountHint(*verizon).rfind("9 digits, then 5, written 123456789-00001", 0) == 0);
  const auto* optimum = findCarrier("Optimum");
  REQUIRE(optimum);
  CHECK(portcheck::pinHint(*optimum).empty());  // nothing researched: nothing said
  CHECK(portcheck::carriersJson().rfind("[{\"name\":\"AT&T\",\"pin_hint\":", 0) == 0);
}

TEST_CASE("any carrier name, however long or odd, is matched in linear time") {
  for (const std::string unit : {"a", "&", "T-Mobile ", "\xff\xfe", "inc"}) {
    CAPTURE(unit);
    std::string name;
    while (name.size() < (2u << 20)) name += unit;
    const auto start = std::chrono::steady_clock::now();
    CHECK(findCarrier(name) == nullptr);
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 10.0);
  }
}
