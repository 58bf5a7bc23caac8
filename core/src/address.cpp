// Address rules. Street lines are read as words (USPS Publication 28's designators and the
// variants people type), in one pass with a few words of look-ahead and no regex: linear in
// the line's length with constant memory, whatever is pasted into the field.
//
// What a line is follows from the designators it holds and the number after each:
// - rural-route, highway-contract, rural-free-delivery and star-route boxes (Pub 28 §2.5-2.6:
//   RR 2 BOX 152, HC 65 BOX 10), in either order and anywhere in the line, are delivery points
//   at a place: a warning, never a PO box;
// - PO boxes in every spelling (Pub 28 §2.8: PO BOX, P.O. BOX, POST OFFICE BOX, POB, BOX; and
//   CALLER, FIRM CALLER, BIN, LOCKBOX, DRAWER), "Post Office" or "PO" with the word Box left
//   out, box numbers with "#" or "No.", bank lockbox and drawer numbers with letters;
// - PSC, CMR and UNIT boxes (military), private mailboxes (PMB, Private Mailbox, a mailbox,
//   or a box behind a unit number at a street address: a store's mailbox), General Delivery.
// A designator counts only with a box number after it (except the unmistakable ones, PO BOX or
// PMB), so street names that contain one — Box Elder Rd, Post Office Sq, State Route 9,
// Drawer Creek Rd, Station St — stay streets.
#include "portcheck/address.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "text.hpp"

namespace portcheck {
namespace {

// What a run of words means.
enum class Designator {
  PoBox,            // PO BOX, POB, POST OFFICE BOX …: a PO box with or without a number
  PoBoxNumbered,    // PO, POST OFFICE, CALLER, BIN, LOCKBOX, DRAWER: a PO box when numbered
  Box,              // BOX, BX: whose box depends on the rest of the line
  Route,            // RR, RURAL ROUTE, RFD, HC, HIGHWAY CONTRACT, STAR ROUTE …
  RouteWord,        // ROUTE, RTE, RT, RD: a rural route only beside a box ("Route 2, Box 9")
  MilitaryBox,      // PSC, CMR
  MilitaryUnit,     // UNIT: military only with a box ("Unit 2050 Box 4190"), else an apartment
  PrivateMailbox,   // PMB, PRIVATE MAILBOX
  Mailbox,          // MAILBOX, MAIL BOX: a store's mailbox when numbered
  Suite,            // STE, SUITE, #: a unit at a street address
  GeneralDelivery,  // GENERAL DELIVERY
};

struct Phrase {
  std::array<std::string_view, 4> words;  // unused slots empty
  Designator designator;
};

// Sorted by first word, for a binary search (checked at compile time); among phrases with the
// same first word, the longest comes first (PO BOX before PO), as the first match wins.
constexpr Phrase kPhrases[] = {
    {{"#"}, Designator::Suite},
    {{"APARTADO", "POSTAL"}, Designator::PoBox},
    {{"APARTADO"}, Designator::PoBoxNumbered},
    {{"APDO"}, Designator::PoBoxNumbered},
    {{"BIN"}, Designator::PoBoxNumbered},
    {{"BOX"}, Designator::Box},
    {{"BX"}, Designator::Box},
    {{"CAJA", "POSTAL"}, Designator::PoBox},  // Puerto Rico
    {{"CALLER", "BOX"}, Designator::PoBoxNumbered},
    {{"CALLER"}, Designator::PoBoxNumbered},
    {{"CMR"}, Designator::MilitaryBox},
    {{"DRAWER"}, Designator::PoBoxNumbered},
    {{"DRWR"}, Designator::PoBoxNumbered},  // the abbreviation banks and agencies print
    {{"FIRM", "CALLER"}, Designator::PoBoxNumbered},
    {{"GENERAL", "DELIVERY"}, Designator::GeneralDelivery},
    {{"H", "C", "R"}, Designator::Route},
    {{"H", "C"}, Designator::Route},
    {{"HC"}, Designator::Route},
    {{"HCR"}, Designator::Route},
    {{"HIGHWAY", "CONTRACT", "ROUTE"}, Designator::Route},
    {{"HIGHWAY", "CONTRACT"}, Designator::Route},
    {{"HWY", "CONTRACT", "ROUTE"}, Designator::Route},
    {{"HWY", "CONTRACT"}, Designator::Route},
    {{"LBX"}, Designator::PoBoxNumbered},  // bank lockbox abbreviations: LBX 5678, Dept 12 LBX 5678
    {{"LCKBX"}, Designator::PoBoxNumbered},
    {{"LKBX"}, Designator::PoBoxNumbered},
    {{"LOCK", "BOX"}, Designator::PoBoxNumbered},
    {{"LOCK", "BX"}, Designator::PoBoxNumbered},
    {{"LOCKBOX"}, Designator::PoBoxNumbered},
    {{"MAIL", "BOX"}, Designator::Mailbox},
    {{"MAILBOX"}, Designator::Mailbox},
    {{"MPB"}, Designator::Mailbox},  // PMB mistyped: a private mailbox when numbered
    {{"P", "O", "BOX"}, Designator::PoBox},
    {{"P", "O", "BX"}, Designator::PoBox},
    {{"P", "O", "B"}, Designator::PoBox},
    {{"P", "O", "DRAWER"}, Designator::PoBox},
    {{"P", "O"}, Designator::PoBoxNumbered},
    {{"P", "M", "B"}, Designator::PrivateMailbox},
    {{"P0", "BOX"}, Designator::PoBox},  // a zero for the letter O: a common typo
    {{"PBM"}, Designator::Mailbox},      // PMB mistyped
    {{"PMB"}, Designator::PrivateMailbox},
    {{"PO", "BOX"}, Designator::PoBox},
    {{"PO", "BX"}, Designator::PoBox},
    {{"PO", "DRAWER"}, Designator::PoBox},
    {{"PO"}, Designator::PoBoxNumbered},
    {{"POB"}, Designator::PoBox},
    {{"POBOX"}, Designator::PoBox},
    {{"POBX"}, Designator::PoBox},
    {{"POST", "OFFICE", "BOX"}, Designator::PoBox},
    {{"POST", "OFFICE", "DRAWER"}, Designator::PoBox},
    {{"POST", "BOX"}, Designator::PoBox},
    {{"POST", "OFFICE"}, Designator::PoBoxNumbered},
    {{"POSTAL", "BOX"}, Designator::PoBox},
    {{"POSTOFFICE", "BOX"}, Designator::PoBox},
    {{"POSTOFFICE"}, Designator::PoBoxNumbered},
    {{"PRIVATE", "MAIL", "BOX"}, Designator::PrivateMailbox},
    {{"PRIVATE", "MAILBOX"}, Designator::PrivateMailbox},
    {{"PRIVATE", "MAIL"}, Designator::PrivateMailbox},
    {{"PSC"}, Designator::MilitaryBox},
    {{"R", "F", "D"}, Designator::Route},
    {{"R", "R"}, Designator::Route},
    {{"RD"}, Designator::RouteWord},
    {{"RFD", "ROUTE"}, Designator::Route},
    {{"RFD"}, Designator::Route},
    {{"ROUTE"}, Designator::RouteWord},
    {{"RR"}, Designator::Route},
    {{"RT"}, Designator::RouteWord},
    {{"RTE"}, Designator::RouteWord},
    {{"RURAL", "FREE", "DELIVERY"}, Designator::Route},
    {{"RURAL", "DELIVERY", "ROUTE"}, Designator::Route},
    {{"RURAL", "DELIVERY"}, Designator::Route},
    {{"RURAL", "ROUTE"}, Designator::Route},
    {{"RURAL", "RTE"}, Designator::Route},
    {{"RURAL", "RT"}, Designator::Route},
    {{"RURAL"}, Designator::Route},
    {{"STAR", "ROUTE"}, Designator::Route},
    {{"STAR", "RTE"}, Designator::Route},
    {{"STAR", "RT"}, Designator::Route},
    {{"STE"}, Designator::Suite},
    {{"SUITE"}, Designator::Suite},
    {{"UNIT"}, Designator::MilitaryUnit},
};
// Words looked at beyond the current one: the longest phrase (3), number words (2) and the
// number (1), plus one for a glued word split in two ("BOX12"); a peek never reaches further,
// so a word handed out stays in place while later ones are read.
constexpr std::size_t kLookAhead = 8;

// Words that may stand between a designator and its number: "Box # 12", "Box No. 12".
constexpr std::string_view kNumberWords[] = {"#", "NO", "NUMBER", "NBR", "NUM"};

// A word typed as letters glued to digits is split when the letters are a designator or a
// number word: "BOX12", "RR2", "NO12", "POBOX9". Street words such as "N123W456" stay whole.
constexpr std::string_view kGluedPrefixes[] = {
    "POBOX", "POBX", "POB", "PO", "BOX", "BX", "RR", "RFD", "HCR", "HC", "PSC", "CMR", "UNIT", "PMB", "NO",
    "DRAWER", "DRWR", "CALLER", "BIN", "LOCKBOX", "LBX", "LCKBX", "LKBX", "APARTADO", "MAILBOX", "PBM", "MPB",
    "STE", "SUITE", "ROUTE", "RTE", "RT"};

// Directions written before a route ("N Route 3, Box 7", "North RR 2"): the route still opens
// the line.
constexpr std::string_view kDirectionWords[] = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST", "WEST"};

// One word of a line. Designators are at most ten letters, so a word keeps its first 24
// characters; a longer one can only be a number (it has a digit) or nothing. No word allocates.
struct Word {
  std::array<char, 24> text{};
  std::uint8_t size = 0;   // characters kept
  bool truncated = false;  // longer than `text`
  bool has_digit = false;  // anywhere in the word, kept or not

  std::string_view view() const { return {text.data(), size}; }
  bool empty() const { return size == 0; }
  bool operator==(std::string_view other) const { return !truncated && view() == other; }
};

// The line as a stream of words: ASCII letters and digits upper-cased, dots dropped inside
// words ("P.O." is "PO"), "#" a word of its own, "," and ";" a boundary word (","), anything
// else a space.
class Words {
 public:
  explicit Words(std::string_view line) : line_(line) {}

  // The k-th word from here (0: the current one); an empty word past the end.
  const Word& peek(std::size_t k) {
    static const Word kEnd;
    while (count_ <= k && fill()) {
    }
    return k < count_ ? window_[(first_ + k) % kLookAhead] : kEnd;
  }
  void advance(std::size_t n) {
    for (std::size_t i = 0; i < n && count_ > 0; ++i) first_ = (first_ + 1) % kLookAhead, --count_;
  }

 private:
  bool fill() {
    Word word;
    const auto append = [&word](char c) {
      word.has_digit |= c >= '0' && c <= '9';
      if (word.size < word.text.size()) {
        word.text[word.size++] = c;
      } else {
        word.truncated = true;
      }
    };
    const auto started = [&word] { return word.size > 0; };
    while (pos_ < line_.size()) {
      const auto c = static_cast<unsigned char>(line_[pos_]);
      if (c < 0x80 && std::isalnum(c)) {
        append(static_cast<char>(std::toupper(c)));
        ++pos_;
      } else if (c == '.' && started()) {
        ++pos_;  // "P.O." → "PO"
      } else if (started()) {
        break;
      } else if (c == '#' || c == ',' || c == ';') {
        append(c == '#' ? '#' : ',');
        ++pos_;
        break;
      } else {
        ++pos_;
      }
    }
    if (!started()) return false;
    for (const auto prefix : kGluedPrefixes) {
      const std::string_view kept = word.view();
      if (kept.size() > prefix.size() && kept.substr(0, prefix.size()) == prefix &&
          kept[prefix.size()] >= '0' && kept[prefix.size()] <= '9') {
        Word head;
        std::copy(prefix.begin(), prefix.end(), head.text.begin());
        head.size = static_cast<std::uint8_t>(prefix.size());
        push(head);
        std::copy(word.text.begin() + static_cast<std::ptrdiff_t>(prefix.size()), word.text.end(), word.text.begin());
        word.size = static_cast<std::uint8_t>(word.size - prefix.size());
        break;
      }
    }
    push(word);
    return true;
  }
  void push(const Word& word) {
    window_[(first_ + count_) % kLookAhead] = word;
    ++count_;
  }

  std::string_view line_;
  std::size_t pos_ = 0;
  std::array<Word, kLookAhead> window_;
  std::size_t first_ = 0, count_ = 0;
};

// A box or route number: digits somewhere ("12", "12A", "A12"), or a single letter ("Drawer B").
bool isBoxNumber(const Word& word) {
  if (word.size == 1 && !word.truncated) return std::isalnum(static_cast<unsigned char>(word.text[0])) != 0;
  return word.has_digit;
}

// Two or three letters, as banks code their lockboxes and drawers ("CS" in "Drawer CS-12").
bool isLetterCode(const Word& word) {
  return !word.truncated && word.size >= 2 && word.size <= 3 &&
         std::all_of(word.text.begin(), word.text.begin() + word.size, [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool startsWithDigit(const Word& word) { return word.size > 0 && word.text[0] >= '0' && word.text[0] <= '9'; }

// What one pass over the line found.
struct Sightings {
  bool general_delivery = false;
  bool po_box = false;             // an unmistakable PO box designator
  bool po_box_numbered = false;    // PO 12, Drawer B, Lockbox 12345A …
  bool box_numbered = false;       // BOX 12
  bool route_numbered = false;     // RR 2, HC 65 …
  bool route_bare = false;         // RR, Star Route … without a number
  bool route_word_beside = false;  // ROUTE 2 at the start, after a comma or right after a box
  bool military_box = false;       // PSC 1234, CMR 410
  bool military_unit = false;      // UNIT 2050
  bool private_mailbox = false;    // PMB, Mailbox 42
  bool street_unit = false;        // "# 105", "Ste 5" after a house number
};

constexpr bool sortedByFirstWord(const Phrase* begin, const Phrase* end) {
  for (const Phrase* p = begin; p + 1 < end; ++p) {
    if (p[1].words[0] < p[0].words[0]) return false;
  }
  return true;
}
static_assert(sortedByFirstWord(std::begin(kPhrases), std::end(kPhrases)), "kPhrases must stay sorted by first word");

// The phrases a word can start: most words start none, and are passed over with one binary
// search.
std::pair<const Phrase*, const Phrase*> phrasesStartingWith(std::string_view word) {
  struct ByFirstWord {
    bool operator()(const Phrase& p, std::string_view w) const { return p.words[0] < w; }
    bool operator()(std::string_view w, const Phrase& p) const { return w < p.words[0]; }
  };
  return std::equal_range(std::begin(kPhrases), std::end(kPhrases), word, ByFirstWord{});
}

Sightings look(std::string_view line) {
  Words words(line);
  Sightings seen;
  const bool house_number_first = startsWithDigit(words.peek(0));
  bool after_boundary = true;  // at the start of the line or after a comma
  bool after_box = false;      // right after a box and its number
  while (!words.peek(0).empty()) {
    const Phrase* match = nullptr;
    std::size_t length = 0;
    const Word& head = words.peek(0);
    std::pair<const Phrase*, const Phrase*> candidates{};  // none for a long word
    if (!head.truncated) candidates = phrasesStartingWith(head.view());
    for (const Phrase* it = candidates.first; it != candidates.second && !match; ++it) {
      const Phrase& phrase = *it;
      std::size_t n = 1;
      while (n < phrase.words.size() && !phrase.words[n].empty() && words.peek(n) == phrase.words[n]) ++n;
      if (n == phrase.words.size() || phrase.words[n].empty()) match = &phrase, length = n;
    }
    if (!match) {
      const bool direction = std::any_of(std::begin(kDirectionWords), std::end(kDirectionWords),
                                         [&](std::string_view w) { return words.peek(0) == w; });
      after_boundary = words.peek(0) == "," || (after_boundary && direction);
      after_box = false;
      words.advance(1);
      continue;
    }
    std::size_t at = length;
    for (int skipped = 0; skipped < 2; ++skipped) {
      const Word& word = words.peek(at);
      if (std::none_of(std::begin(kNumberWords), std::end(kNumberWords), [&](std::string_view w) { return word == w; })) break;
      ++at;
    }
    bool numbered = isBoxNumber(words.peek(at));
    // A lockbox or drawer with a letter code before its number: "Drawer CS-12", "LBX AB 4410".
    if (!numbered && match->designator == Designator::PoBoxNumbered && isLetterCode(words.peek(at)) &&
        words.peek(at + 1).has_digit) {
      numbered = true;
      ++at;
    }
    if (numbered) ++at;
    bool box_here = false;
    switch (match->designator) {
      case Designator::PoBox: seen.po_box = true; break;
      case Designator::PoBoxNumbered: seen.po_box_numbered |= numbered; break;
      case Designator::Box:
        seen.box_numbered |= numbered;
        box_here = numbered;
        break;
      case Designator::Route:
        seen.route_numbered |= numbered;
        seen.route_bare |= !numbered;
        break;
      case Designator::RouteWord: seen.route_word_beside |= numbered && (after_boundary || after_box); break;
      case Designator::MilitaryBox: seen.military_box |= numbered; break;
      case Designator::MilitaryUnit: seen.military_unit |= numbered; break;
      case Designator::PrivateMailbox: seen.private_mailbox = true; break;
      case Designator::Mailbox: seen.private_mailbox |= numbered; break;
      case Designator::Suite: seen.street_unit |= numbered && house_number_first; break;
      case Designator::GeneralDelivery: seen.general_delivery = true; break;
    }
    // Without its number a designator is only a word ("Box Elder", "Route Rd"): read on from
    // the word after it.
    words.advance(numbered || match->designator == Designator::PoBox ||
                          match->designator == Designator::PrivateMailbox ||
                          match->designator == Designator::GeneralDelivery
                      ? at
                      : length);
    after_boundary = false;
    after_box = box_here;
  }
  return seen;
}

struct StateRow {
  UsState state;
  // Three-digit ZIP prefixes as inclusive ranges (USPS allocation).
  std::array<std::pair<int, int>, 4> zip_prefixes;
};

// US states, DC, the territories and the armed-forces codes, with their ZIP prefixes.
const std::array<StateRow, 59> kStates = {{
    {{"AL", "Alabama", false}, {{{350, 369}}}},
    {{"AK", "Alaska", false}, {{{995, 999}}}},
    {{"AZ", "Arizona", false}, {{{850, 865}}}},
    {{"AR", "Arkansas", false}, {{{716, 729}, {755, 755}}}},
    {{"CA", "California", false}, {{{900, 961}}}},
    {{"CO", "Colorado", false}, {{{800, 816}}}},
    {{"CT", "Connecticut", false}, {{{60, 69}}}},
    {{"DE", "Delaware", false}, {{{197, 199}}}},
    {{"DC", "District of Columbia", false}, {{{200, 205}, {569, 569}}}},
    {{"FL", "Florida", false}, {{{320, 349}}}},
    {{"GA", "Georgia", false}, {{{300, 319}, {398, 399}}}},
    {{"HI", "Hawaii", false}, {{{967, 968}}}},
    {{"ID", "Idaho", false}, {{{832, 838}}}},
    {{"IL", "Illinois", false}, {{{600, 629}}}},
    {{"IN", "Indiana", false}, {{{460, 479}}}},
    {{"IA", "Iowa", false}, {{{500, 528}}}},
    {{"KS", "Kansas", false}, {{{660, 679}}}},
    {{"KY", "Kentucky", false}, {{{400, 427}}}},
    {{"LA", "Louisiana", false}, {{{700, 714}}}},
    {{"ME", "Maine", false}, {{{39, 49}}}},
    {{"MD", "Maryland", false}, {{{206, 219}}}},
    {{"MA", "Massachusetts", false}, {{{10, 27}, {55, 55}}}},
    {{"MI", "Michigan", false}, {{{480, 499}}}},
    {{"MN", "Minnesota", false}, {{{550, 567}}}},
    {{"MS", "Mississippi", false}, {{{386, 397}}}},
    {{"MO", "Missouri", false}, {{{630, 658}}}},
    {{"MT", "Montana", false}, {{{590, 599}}}},
    {{"NE", "Nebraska", false}, {{{680, 693}}}},
    {{"NV", "Nevada", false}, {{{889, 898}}}},
    {{"NH", "New Hampshire", false}, {{{30, 38}}}},
    {{"NJ", "New Jersey", false}, {{{70, 89}}}},
    {{"NM", "New Mexico", false}, {{{870, 884}}}},
    {{"NY", "New York", false}, {{{5, 5}, {100, 149}, {63, 63}}}},
    {{"NC", "North Carolina", false}, {{{270, 289}}}},
    {{"ND", "North Dakota", false}, {{{580, 588}}}},
    {{"OH", "Ohio", false}, {{{430, 459}}}},
    {{"OK", "Oklahoma", false}, {{{730, 749}}}},
    {{"OR", "Oregon", false}, {{{970, 979}}}},
    {{"PA", "Pennsylvania", false}, {{{150, 196}}}},
    {{"RI", "Rhode Island", false}, {{{28, 29}}}},
    {{"SC", "South Carolina", false}, {{{290, 299}}}},
    {{"SD", "South Dakota", false}, {{{570, 577}}}},
    {{"TN", "Tennessee", false}, {{{370, 385}}}},
    {{"TX", "Texas", false}, {{{750, 799}, {885, 885}}}},
    {{"UT", "Utah", false}, {{{840, 847}}}},
    {{"VT", "Vermont", false}, {{{50, 59}}}},
    {{"VA", "Virginia", false}, {{{201, 201}, {220, 246}}}},
    {{"WA", "Washington", false}, {{{980, 994}}}},
    {{"WV", "West Virginia", false}, {{{247, 268}}}},
    {{"WI", "Wisconsin", false}, {{{530, 549}}}},
    {{"WY", "Wyoming", false}, {{{820, 831}}}},
    {{"PR", "Puerto Rico", false}, {{{6, 7}, {9, 9}}}},
    {{"VI", "U.S. Virgin Islands", false}, {{{8, 8}}}},
    {{"GU", "Guam", false}, {{{969, 969}}}},
    {{"MP", "Northern Mariana Islands", false}, {{{969, 969}}}},
    {{"AS", "American Samoa", false}, {{{967, 967}}}},
    {{"AA", "Armed Forces Americas", true}, {{{340, 340}}}},
    {{"AE", "Armed Forces Europe", true}, {{{90, 98}}}},
    {{"AP", "Armed Forces Pacific", true}, {{{962, 966}}}},
}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string digitsOf(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

}  // namespace

StreetLineKind classifyStreetLine(std::string_view line) {
  const Sightings seen = look(line);
  if (seen.general_delivery) return StreetLineKind::GeneralDelivery;
  if (seen.po_box) return StreetLineKind::PoBox;
  // A rural box: a numbered route, or a route word beside a box, in either order.
  if (seen.route_numbered || ((seen.route_bare || seen.route_word_beside) && seen.box_numbered)) {
    return StreetLineKind::RuralRoute;
  }
  if (seen.military_box || (seen.military_unit && seen.box_numbered)) return StreetLineKind::Military;
  if (seen.private_mailbox) return StreetLineKind::PrivateMailbox;
  if (seen.po_box_numbered) return StreetLineKind::PoBox;
  if (seen.box_numbered) {
    // A box behind a unit at a street address ("123 Main St # 105 Box 12") is a mailbox at a
    // mail-receiving store; any other numbered box is a PO box.
    return seen.street_unit ? StreetLineKind::PrivateMailbox : StreetLineKind::PoBox;
  }
  return StreetLineKind::Street;
}

bool hasHouseNumber(std::string_view line) {
  return std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const UsState* findUsState(std::string_view typed) {
  std::string folded(trim(typed));
  // "Washington, D.C." and "D.C." are the same district as "DC".
  folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
  for (const auto& row : kStates) {
    if (equalsIgnoringCase(folded, row.state.code) || equalsIgnoringCase(folded, row.state.name)) {
      return &row.state;
    }
  }
  if (equalsIgnoringCase(folded, "Washington DC") || equalsIgnoringCase(folded, "Washington, DC")) {
    return findUsState("DC");
  }
  if (equalsIgnoringCase(folded, "Virgin Islands") || equalsIgnoringCase(folded, "US Virgin Islands")) {
    return findUsState("VI");
  }
  return nullptr;
}

bool isValidZip(std::string_view zip) {
  const std::string_view z = trim(zip);
  const auto allDigits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (z.size() == 5 || z.size() == 9) return allDigits(z);
  return z.size() == 10 && z[5] == '-' && allDigits(z.substr(0, 5)) && allDigits(z.substr(6));
}

bool zipBelongsToState(std::string_view zip, const UsState& state) {
  const std::string digits = digitsOf(zip);
  if (digits.size() < 3) return false;
  const int prefix = std::stoi(digits.substr(0, 3));
  for (const auto& row : kStates) {
    if (row.state.code != state.code) continue;
    for (const auto& [low, high] : row.zip_prefixes) {
      if (high > 0 && prefix >= low && prefix <= high) return true;
    }
  }
  return false;
}

bool isMilitaryCity(std::string_view city) {
  const std::string_view c = trim(city);
  return equalsIgnoringCase(c, "APO") || equalsIgnoringCase(c, "FPO") || equalsIgnoringCase(c, "DPO");
}

namespace {

#include "street_suffixes.inc"

// Appendix B (directionals) and C2 (secondary unit designators): the spelled-out words people
// type, and the abbreviation USPS prints. Sorted by word.
constexpr std::pair<std::string_view, std::string_view> kDirectionalsAndUnits[] = {
    {"APARTMENT", "APT"}, {"BASEMENT", "BSMT"}, {"BUILDING", "BLDG"},  {"DEPARTMENT", "DEPT"},
    {"EAST", "E"},        {"FLOOR", "FL"},      {"FRONT", "FRNT"},     {"HANGAR", "HNGR"},
    {"LOBBY", "LBBY"},    {"LOWER", "LOWR"},    {"NORTH", "N"},        {"NORTHEAST", "NE"},
    {"NORTHWEST", "NW"},  {"OFFICE", "OFC"},    {"PENTHOUSE", "PH"},   {"ROOM", "RM"},
    {"SOUTH", "S"},       {"SOUTHEAST", "SE"},  {"SOUTHWEST", "SW"},   {"SPACE", "SPC"},
    {"SUITE", "STE"},     {"TRAILER", "TRLR"},  {"UPPER", "UPPR"},     {"WEST", "W"},
};
constexpr std::string_view kUnitDesignators[] = {"APT", "BLDG", "DEPT", "FL", "HNGR", "LOT", "OFC", "PIER",
                                                 "RM",  "SLIP", "SPC",  "STE", "STOP", "TRLR", "UNIT"};

template <std::size_t N>
std::string_view lookUp(const std::pair<std::string_view, std::string_view> (&table)[N], std::string_view word) {
  const auto* it = std::lower_bound(std::begin(table), std::end(table), word,
                                    [](const auto& row, std::string_view w) { return row.first < w; });
  return it != std::end(table) && it->first == word ? it->second : std::string_view{};
}

std::string normalWord(const std::string& word) {
  if (const auto abbr = lookUp(kDirectionalsAndUnits, word); !abbr.empty()) return std::string(abbr);
  if (const auto abbr = lookUp(kStreetSuffixes, word); !abbr.empty()) return std::string(abbr);
  return word;
}

}  // namespace

std::vector<std::string> pub28Words(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
  const auto flush = [&] {
    if (word.empty()) return;
    std::string normal = normalWord(word);
    word.clear();
    // "Suite #400", "Apt. # 2B": the designator already says what the number is.
    if (normal == "#" && !words.empty() &&
        std::find(std::begin(kUnitDesignators), std::end(kUnitDesignators), words.back()) != std::end(kUnitDesignators)) {
      return;
    }
    words.push_back(std::move(normal));
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '.' || c == '\'') continue;
    if (std::isalnum(u) || u >= 0x80) {
      word += static_cast<char>(std::toupper(u));
    } else if ((c == '/' || c == '-') && !word.empty() && isDigit(word.back()) && i + 1 < line.size() &&
               isDigit(line[i + 1])) {
      word += c;  // 1/2, 12-34 (a Queens house number)
    } else if (c == '#') {
      flush();
      word.push_back('#');  // empty after flush()
      flush();
    } else {
      flush();
    }
  }
  flush();
  return words;
}

ZipParts zipParts(std::string_view zip) {
  if (!isValidZip(zip)) return {};
  const std::string digits = digitsOf(zip);
  return {digits.substr(0, 5), digits.size() == 9 ? digits.substr(5) : std::string()};
}

}  // namespace portcheck
