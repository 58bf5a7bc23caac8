// Bytes -> pages of positioned glyphs (pdf_text.hpp). qpdf opens the file (repairing damaged
// cross-reference tables and lengths, decrypting with the empty user password) and tokenizes
// content streams; this file runs the text operators of PDF 32000-1:2008 §9 over them: the
// text state (Tc Tw Tz TL Ts Tf), positioning (Td TD Tm T*), showing (Tj TJ ' "), the graphics
// state stack (q Q cm) and form XObjects (Do), recursively with a cycle guard. Every limit of
// DocumentLimits is enforced here.
#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QUtil.hh>
#include <qpdf/RandomDataProvider.hh>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include "pdf_fonts.hpp"
#include "portcheck/pdf_text.hpp"

namespace portcheck {
namespace {

using pdf::Font;

struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  // this × m, in PDF's row-vector convention (apply this, then m).
  Matrix times(const Matrix& m) const {
    return {a * m.a + b * m.c,       a * m.b + b * m.d,       c * m.a + d * m.c,
            c * m.b + d * m.d,       e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
  }
  static Matrix translate(double x, double y) { return {1, 0, 0, 1, x, y}; }
};

// How a document stops being read: a fault makes it unusable; a limit cuts it short.
struct Stop {
  std::string code, message;
};

struct GraphicsState {
  Matrix ctm;
  double char_spacing = 0, word_spacing = 0, horizontal_scale = 1, leading = 0, rise = 0, font_size = 0;
  std::shared_ptr<const Font> font;
};

std::string withThousands(long long n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Operands of a content stream are small: a TJ array of a line's pieces, a dictionary of
// marked-content properties. qpdf's parser builds every object in full, so one array of
// millions of names (a few MB once decoded) would cost seconds and gigabytes before a single
// operator reached the reader. This scan finds the first array or dictionary holding more than
// kMaxOperandItems items, or nested deeper than kMaxOperandDepth, and cuts the content there
// (the text before it is read). Returns whether it cut. Strings, hex strings and comments are
// skipped as the PDF lexer skips them, so brackets inside them do not count.
constexpr std::size_t kMaxOperandItems = 100'000;  // as DocumentLimits::max_object_items
constexpr std::size_t kMaxOperandDepth = 64;

bool boundedContent(std::string& content) {
  struct Open {
    std::size_t at, items;
  };
  std::vector<Open> open;
  const std::size_t n = content.size();
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; };
  auto is_delimiter = [&](char c) { return is_space(c) || std::strchr("()<>[]{}/%", c) != nullptr; };
  auto cut = [&](std::size_t at) {
    content.resize(at);
    return true;
  };
  for (std::size_t i = 0; i < n;) {
    const char c = content[i];
    const std::size_t start = i;
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (c == '%') {
      while (i < n && content[i] != '\n' && content[i] != '\r') ++i;
      continue;
    }
    if (c == '(') {
      i = pdf::skipLiteralString(content, i);
    } else if (c == '<' && i + 1 < n && content[i + 1] == '<') {
      if (!open.empty()) ++open.back().items;
      if (open.size() >= kMaxOperandDepth) return cut(open.front().at);
      open.push_back({start, 0});
      i += 2;
      continue;
    } else if (c == '<') {
      while (i < n && content[i] != '>') ++i;
      ++i;
    } else if (c == '[') {
      if (!open.empty()) ++open.back().items;
      if (open.size() >= kMaxOperandDepth) return cut(open.front().at);
      open.push_back({start, 0});
      ++i;
      continue;
    } else if (c == ']' || (c == '>' && i + 1 < n && content[i + 1] == '>')) {
      if (!open.empty()) open.pop_back();
      i += c == ']' ? 1 : 2;
      continue;
    } else {
      ++i;  // a name's '/', or the first character of a number, keyword or stray delimiter
      while (i < n && !is_delimiter(content[i])) ++i;
    }
    if (!open.empty() && ++open.back().items > kMaxOperandItems) return cut(open.front().at);
  }
  return false;
}

// One operand of a content-stream operator, as far as the reader looks at it: a number, a
// string's bytes, a name (with its '/'), or an array's own numbers and strings (TJ's pieces).
// Anything else (a dictionary of marked-content properties, a boolean) only holds its place.
struct Operand {
  enum Kind : unsigned char { kOther, kNumber, kString, kName, kArray };
  Kind kind = kOther;
  double number = 0;
  std::string text;
  std::vector<Operand> items;

  bool isNumber() const { return kind == kNumber; }
  bool isString() const { return kind == kString; }
  bool isName() const { return kind == kName; }
  bool isArray() const { return kind == kArray; }
};

// A token as an operand: numbers through strtod (PDF's numbers are a subset of C's, and the
// reader never changes the C locale), strings as their bytes, names as qpdf writes them.
Operand operandOf(const QPDFTokenizer::Token& token) {
  Operand o;
  switch (token.getType()) {
    case QPDFTokenizer::tt_integer:
    case QPDFTokenizer::tt_real:
      o.kind = Operand::kNumber;
      o.number = std::strtod(token.getValue().c_str(), nullptr);
      if (!std::isfinite(o.number)) o.number = 0;
      break;
    case QPDFTokenizer::tt_string:
      o.kind = Operand::kString;
      o.text = token.getValue();
      break;
    case QPDFTokenizer::tt_name:
      o.kind = Operand::kName;
      o.text = token.getValue();
      break;
    default:
      break;
  }
  return o;
}

class PageReader {
 public:
  PageReader(const DocumentLimits& limits, pdf::ReadBudget& budget, std::map<QPDFObjGen, std::shared_ptr<const Font>>& fonts,
             std::chrono::steady_clock::time_point deadline, std::size_t& glyphs_total)
      : limits_(limits), budget_(budget), fonts_(fonts), deadline_(deadline), glyphs_total_(glyphs_total) {}

  // Reads one page; `rotate` is its /Rotate in quarter turns clockwise.
  void read(QPDFPageObjectHelper& page, int rotate, PageGlyphs& out) {
    out_ = &out;
    rotate_ = rotate;
    resources_.push_back(page.getAttribute("/Resources", false));
    auto contents = page.getObjectHandle().getKey("/Contents");
    if (contents.isStream() || contents.isArray()) parse(contents);
    resources_.clear();
  }

  bool stopped() const { return stop_ != nullptr; }
  const Stop* stop() const { return stop_.get(); }
  bool operatorsCut() const { return operators_cut_; }
  bool objectsCut() const { return objects_cut_; }
  bool glyphsCut() const { return glyphs_cut_; }

 private:
  double num(std::size_t i) const { return i < operands_.size() && operands_[i].isNumber() ? operands_[i].number : 0; }
  bool has(std::size_t n) const { return operands_.size() >= n; }

  // Decodes a content stream (or the streams of a page's array, joined as PDF joins them),
  // cuts it before any object too large or too deep for a content stream (see
  // boundedContent), and runs it.
  void parse(QPDFObjectHandle stream_or_array) {
    try {
      std::string content;
      auto append = [&](QPDFObjectHandle stream) {
        if (!stream.isStream()) return;
        const auto data = stream.getStreamData(qpdf_dl_specialized);
        content.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        content.push_back('\n');
      };
      if (stream_or_array.isArray()) {
        for (auto& item : stream_or_array.aitems()) append(item);
      } else {
        append(stream_or_array);
      }
      if (content.empty()) return;
      if (boundedContent(content)) objects_cut_ = true;
      interpret(content);
    } catch (const std::exception&) {
      // A stream that cannot be decoded draws nothing more; the budget's exhaustion is a fault
      // the document reader reports.
    }
  }

  // Runs a content stream, token by token through qpdf's tokenizer (building no qpdf object:
  // half the reading time went there). Operands are gathered until their operator; inside an
  // array or dictionary only a top-level array's own numbers and strings are kept. Every
  // operand and operator counts towards the page's caps, every token towards the clock.
  void interpret(std::string& content) {
    Buffer buffer(reinterpret_cast<unsigned char*>(content.data()), content.size());
    auto input = std::make_shared<BufferInputSource>("content", &buffer);
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    std::size_t depth = 0;  // open arrays and dictionaries
    while (!stop_ && !operators_cut_ && !glyphs_cut_) {
      const auto token = tokenizer.readToken(input, "content", true);
      const auto type = token.getType();
      if (type == QPDFTokenizer::tt_eof) return;
      if ((++tokens_ & 0x3FF) == 0 && std::chrono::steady_clock::now() > deadline_) {
        stop_ = std::make_unique<Stop>(Stop{"document.too_slow", ""});
        return;
      }
      switch (type) {
        case QPDFTokenizer::tt_array_open:
        case QPDFTokenizer::tt_dict_open:
          if (depth == 0) {
            if (!operand()) return;
            operands_.back().kind = type == QPDFTokenizer::tt_array_open ? Operand::kArray : Operand::kOther;
          }
          ++depth;
          continue;
        case QPDFTokenizer::tt_array_close:
        case QPDFTokenizer::tt_dict_close:
          if (depth > 0) --depth;
          continue;
        default:
          break;
      }
      if (depth > 0) {
        if (depth == 1 && operands_.back().isArray() &&
            (type == QPDFTokenizer::tt_integer || type == QPDFTokenizer::tt_real || type == QPDFTokenizer::tt_string)) {
          operands_.back().items.push_back(operandOf(token));
        }
        continue;
      }
      if (type != QPDFTokenizer::tt_word) {
        if (!operand()) return;
        operands_.back() = operandOf(token);
        continue;
      }
      if (++objects_ > 4 * limits_.max_operators_per_page || ++operators_ > limits_.max_operators_per_page) {
        operators_cut_ = true;
        return;
      }
      const std::string& op = token.getValue();
      run(op);
      operands_.clear();
      if (op == "ID") {  // an inline image's data, up to its EI, is skipped
        char space;
        input->read(&space, 1);
        tokenizer.expectInlineImage(input);
        if (tokenizer.readToken(input, "content", true).getType() == QPDFTokenizer::tt_bad) return;
      }
    }
  }

  // Makes room for one more operand (false when the page has had too many objects).
  bool operand() {
    if (++objects_ > 4 * limits_.max_operators_per_page) {
      operators_cut_ = true;
      return false;
    }
    if (operands_.size() >= 64) operands_.clear();  // nothing takes that many: not content
    operands_.emplace_back();
    return true;
  }

  void run(const std::string& op) {
    auto& gs = state_.back();
    // One or two bytes as a number (operators are ASCII; a damaged stream's may not be).
    const auto byte = [&](std::size_t i) { return static_cast<int>(static_cast<unsigned char>(op[i])); };
    switch (op.size() == 1 ? byte(0) : op.size() == 2 ? (byte(0) << 8 | byte(1)) : 0) {
      case 'q':
        if (static_cast<int>(state_.size()) < limits_.max_graphics_depth) state_.push_back(gs);
        return;
      case 'Q':
        if (state_.size() > base_depth_) state_.pop_back();
        return;
      case ('c' << 8 | 'm'):
        if (has(6)) gs.ctm = Matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.times(gs.ctm);
        return;
      case ('B' << 8 | 'T'):
        tm_ = tlm_ = Matrix{};
        return;
      case ('E' << 8 | 'T'):
        return;
      case ('T' << 8 | 'c'):
        if (has(1)) gs.char_spacing = num(0);
        return;
      case ('T' << 8 | 'w'):
        if (has(1)) gs.word_spacing = num(0);
        return;
      case ('T' << 8 | 'z'):
        if (has(1)) gs.horizontal_scale = num(0) / 100;
        return;
      case ('T' << 8 | 'L'):
        if (has(1)) gs.leading = num(0);
        return;
      case ('T' << 8 | 's'):
        if (has(1)) gs.rise = num(0);
        return;
      case ('T' << 8 | 'f'):
        if (has(2)) {
          gs.font_size = num(1);
          if (operands_[0].isName()) gs.font = font(operands_[0].text);
        }
        return;
      case ('T' << 8 | 'd'):
        if (has(2)) moveLine(num(0), num(1));
        return;
      case ('T' << 8 | 'D'):
        if (has(2)) {
          gs.leading = -num(1);
          moveLine(num(0), num(1));
        }
        return;
      case ('T' << 8 | 'm'):
        if (has(6)) tm_ = tlm_ = Matrix{num(0), num(1), num(2), num(3), num(4), num(5)};
        return;
      case ('T' << 8 | '*'):
        moveLine(0, -gs.leading);
        return;
      case ('T' << 8 | 'j'):
        if (has(1) && operands_[0].isString()) show(operands_[0].text);
        return;
      case '\'':
        moveLine(0, -gs.leading);
        if (has(1) && operands_[0].isString()) show(operands_[0].text);
        return;
      case '"':
        if (has(3)) {
          gs.word_spacing = num(0);
          gs.char_spacing = num(1);
          moveLine(0, -gs.leading);
          if (operands_[2].isString()) show(operands_[2].text);
        }
        return;
      case ('T' << 8 | 'J'):
        if (has(1) && operands_[0].isArray()) {
          for (const auto& item : operands_[0].items) {
            if (item.isString()) {
              show(item.text);
            } else if (item.isNumber()) {
              // A number moves the pen back by thousandths of the font size.
              const double tx = -item.number / 1000 * gs.font_size * gs.horizontal_scale;
              if (gs.font && gs.font->vertical()) {
                tm_ = Matrix::translate(0, -item.number / 1000 * gs.font_size).times(tm_);
              } else {
                tm_ = Matrix::translate(tx, 0).times(tm_);
              }
            }
          }
        }
        return;
      case ('D' << 8 | 'o'):
        if (has(1) && operands_[0].isName()) drawXObject(operands_[0].text);
        return;
      default:
        return;
    }
  }

  void moveLine(double tx, double ty) { tm_ = tlm_ = Matrix::translate(tx, ty).times(tlm_); }

  QPDFObjectHandle resource(const char* category, const std::string& name) {
    for (auto r = resources_.rbegin(); r != resources_.rend(); ++r) {
      if (!r->isDictionary()) continue;
      auto dict = r->getKey(category);
      if (dict.isDictionary() && dict.hasKey(name)) return dict.getKey(name);
      break;  // a form's own /Resources replace its parent's
    }
    return QPDFObjectHandle::newNull();
  }

  std::shared_ptr<const Font> font(const std::string& name) {
    auto dict = resource("/Font", name);
    if (!dict.isDictionary()) return nullptr;
    const auto og = dict.getObjGen();
    if (og.isIndirect()) {
      if (auto hit = fonts_.find(og); hit != fonts_.end()) return hit->second;
    }
    auto loaded = Font::load(dict, budget_);
    if (og.isIndirect()) fonts_.emplace(og, loaded);
    return loaded;
  }

  void drawXObject(const std::string& name) {
    auto xobject = resource("/XObject", name);
    if (!xobject.isStream()) return;
    auto dict = xobject.getDict();
    if (!dict.getKey("/Subtype").isNameAndEquals("/Form")) return;  // images carry no text
    const auto og = xobject.getObjGen();
    if (forms_on_stack_.count(og) != 0) {
      stop_ = std::make_unique<Stop>(Stop{"document.xobject_cycle", ""});
      return;
    }
    if (static_cast<int>(forms_on_stack_.size()) >= limits_.max_form_depth) return;
    forms_on_stack_.insert(og);
    auto saved_state = state_;
    const auto saved_base = base_depth_;
    const auto saved_tm = tm_, saved_tlm = tlm_;
    auto form_state = state_.back();
    if (auto m = dict.getKey("/Matrix"); m.isArray() && m.getArrayNItems() == 6) {
      double v[6];
      for (int i = 0; i < 6; ++i) v[i] = m.getArrayItem(i).isNumber() ? m.getArrayItem(i).getNumericValue() : (i == 0 || i == 3);
      form_state.ctm = Matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.times(form_state.ctm);
    }
    state_.push_back(form_state);
    base_depth_ = state_.size();
    auto form_resources = dict.getKey("/Resources");
    resources_.push_back(form_resources.isDictionary() ? form_resources : resources_.back());
    auto operands = std::move(operands_);
    operands_.clear();
    parse(xobject);
    operands_ = std::move(operands);
    resources_.pop_back();
    state_ = std::move(saved_state);
    base_depth_ = saved_base;
    tm_ = saved_tm;
    tlm_ = saved_tlm;
    forms_on_stack_.erase(og);
  }

  void show(const std::string& bytes) {
    auto& gs = state_.back();
    if (!gs.font) return;
    shown_.clear();
    gs.font->decode(bytes, shown_);
    const double fs = gs.font_size, th = gs.horizontal_scale;
    const bool vertical = gs.font->vertical();
    for (const auto& glyph : shown_) {
      const Matrix m = tm_.times(gs.ctm);
      const Matrix trm = Matrix{fs * th, 0, 0, fs, 0, gs.rise}.times(m);
      double advance;
      if (vertical) {
        advance = glyph.advance * fs + gs.char_spacing + (glyph.word_space ? gs.word_spacing : 0);
      } else {
        advance = (glyph.advance * fs + gs.char_spacing + (glyph.word_space ? gs.word_spacing : 0)) * th;
      }
      // The glyph's own width, without the spacing Tc and Tw add after it: gaps between words
      // are often made of that spacing (Ghostscript writes ", N" as "," then 2.5 Tc).
      const double own = vertical ? glyph.advance * fs : glyph.advance * fs * th;
      if (!glyph.text.empty()) record(glyph.text, trm, m, own, vertical);
      tm_ = (vertical ? Matrix::translate(0, advance) : Matrix::translate(advance, 0)).times(tm_);
    }
  }

  // Turns a point of user space into the displayed page (after /Rotate).
  void display(double& x, double& y) const {
    const double ux = x, uy = y;
    switch (rotate_) {
      case 1: x = uy, y = -ux; break;
      case 2: x = -ux, y = -uy; break;
      case 3: x = -uy, y = ux; break;
      default: break;
    }
  }

  void record(const std::string& text, const Matrix& trm, const Matrix& m, double width, bool vertical) {
    if (glyphs_total_ >= limits_.max_glyphs) {
      glyphs_cut_ = true;
      return;
    }
    double x = trm.e, y = trm.f;
    display(x, y);
    // The baseline's direction on the displayed page (for vertical fonts: downward).
    double dx = vertical ? -trm.c : trm.a, dy = vertical ? -trm.d : trm.b;
    display(dx, dy);  // a rotation: directions turn as points do
    const int direction = std::abs(dx) >= std::abs(dy) ? (dx >= 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
    // Into that direction's upright frame.
    double fx = x, fy = y;
    switch (direction) {
      case 1: fx = y, fy = -x; break;
      case 2: fx = -x, fy = -y; break;
      case 3: fx = -y, fy = x; break;
      default: break;
    }
    const double scale = vertical ? std::hypot(m.c, m.d) : std::hypot(m.a, m.b);
    const double size = vertical ? std::hypot(trm.a, trm.b) : std::hypot(trm.c, trm.d);
    if (!std::isfinite(fx) || !std::isfinite(fy) || !std::isfinite(size) || size <= 0) return;
    TextGlyph glyph;
    pdf::appendNormalized(pdf::decodeUtf8(text), glyph.text);
    glyph.x = fx;
    glyph.y = fy;
    glyph.width = std::abs(width * scale);
    glyph.size = size;
    glyph.direction = direction;
    out_->glyphs.push_back(std::move(glyph));
    ++glyphs_total_;
  }

  const DocumentLimits& limits_;
  pdf::ReadBudget& budget_;
  std::map<QPDFObjGen, std::shared_ptr<const Font>>& fonts_;
  std::chrono::steady_clock::time_point deadline_;
  std::size_t& glyphs_total_;
  PageGlyphs* out_ = nullptr;
  int rotate_ = 0;
  std::vector<Operand> operands_;
  std::vector<QPDFObjectHandle> resources_;
  std::vector<GraphicsState> state_{GraphicsState{}};
  std::size_t base_depth_ = 1;  // Q never pops below the state a form started with
  Matrix tm_, tlm_;
  std::set<QPDFObjGen> forms_on_stack_;
  std::vector<pdf::ShownGlyph> shown_;
  std::size_t operators_ = 0, objects_ = 0, tokens_ = 0;
  bool operators_cut_ = false, glyphs_cut_ = false, objects_cut_ = false;
  std::unique_ptr<Stop> stop_;
};

// qpdf asks for random bytes even to open some AES-256 files (the check of /Perms fills its
// random part). Its default reads /dev/urandom, which the page does not have; getentropy is
// the platform's generator in both builds (the browser's crypto.getRandomValues in WASM).
class EntropyProvider : public RandomDataProvider {
 public:
  void provideRandomData(unsigned char* data, size_t len) override {
    while (len > 0) {
      const size_t n = len < 256 ? len : 256;  // getentropy's limit per call
      if (getentropy(data, n) != 0) throw std::runtime_error("no random source");
      data += n;
      len -= n;
    }
  }
};

// Sets qpdf's budgets (decoded bytes, objects built, items per array or dictionary; the
// project's patches 0001 and 0003) for one reading, and lifts them when it ends, however it ends.
struct DecodeBudget {
  explicit DecodeBudget(const DocumentLimits& limits) {
    Pl_Buffer::setInputBudget(static_cast<long long>(limits.max_decoded_bytes));
    QPDF::setParserLimits(static_cast<long long>(limits.max_object_items), static_cast<long long>(limits.max_objects));
  }
  ~DecodeBudget() {
    Pl_Buffer::setInputBudget(-1);
    QPDF::setParserLimits(-1, -1);
  }
  DecodeBudget(const DecodeBudget&) = delete;
  DecodeBudget& operator=(const DecodeBudget&) = delete;
};

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Images a customer may photograph or screenshot a bill as: no text layer (no OCR here).
const char* imageType(std::string_view b) {
  if (startsWith(b, "\xFF\xD8\xFF")) return "image/jpeg";
  if (startsWith(b, "\x89PNG\r\n\x1A\n")) return "image/png";
  if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) return "image/gif";
  if (startsWith(b, std::string_view("II*\0", 4)) || startsWith(b, std::string_view("MM\0*", 4))) return "image/tiff";
  if (b.size() >= 12 && startsWith(b, "RIFF") && b.substr(8, 4) == "WEBP") return "image/webp";
  if (b.size() >= 12 && b.substr(4, 4) == "ftyp" &&
      (b.substr(8, 4) == "heic" || b.substr(8, 4) == "heix" || b.substr(8, 4) == "mif1" || b.substr(8, 4) == "avif")) {
    return b.substr(8, 4) == "avif" ? "image/avif" : "image/heic";
  }
  return nullptr;
}

DocumentGlyphs unusable(const char* code, std::string message) {
  DocumentGlyphs out;
  out.kind = DocumentKind::Unusable;
  out.fault_code = code;
  out.fault = std::move(message);
  return out;
}

}  // namespace

DocumentGlyphs readDocumentGlyphs(std::string_view bytes, const DocumentLimits& limits) {
  if (bytes.empty()) return unusable("document.empty", "the file is empty");
  if (bytes.size() > limits.max_input_bytes) {
    return unusable("document.too_large", "the file is over " + withThousands(static_cast<long long>(limits.max_input_bytes / (1024 * 1024))) + " MB");
  }
  if (const char* image = imageType(bytes)) {
    DocumentGlyphs out;
    out.kind = DocumentKind::Image;
    out.media_type = image;
    return out;
  }
  // Readers accept the header anywhere in the first 1,024 bytes.
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
    return unusable("document.not_pdf", "the file is neither a PDF nor an image (JPEG, PNG, GIF, TIFF, WebP, HEIC)");
  }

  static EntropyProvider entropy;
  QUtil::setRandomDataProvider(&entropy);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits.max_milliseconds);
  DecodeBudget decode_budget(limits);
  DocumentGlyphs out;
  out.kind = DocumentKind::Pdf;
  out.media_type = "application/pdf";
  const auto too_big = [&] {
    return unusable("document.too_large_decoded",
                    "the PDF's compressed data expands past " +
                        withThousands(static_cast<long long>(limits.max_decoded_bytes / (1024 * 1024))) +
                        " MB, more than any bill needs: it was not expanded");
  };
  const auto too_many = [&] {
    return unusable("document.too_many_objects",
                    "the PDF holds more than " + withThousands(static_cast<long long>(limits.max_objects)) +
                        " objects, more than any bill: it was not read");
  };
  try {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.setAttemptRecovery(true);
    qpdf.processMemoryFile("bill", bytes.data(), bytes.size(), "");
    QPDFPageDocumentHelper document(qpdf);
    auto pages = document.getAllPages();
    out.pages_in_file = static_cast<int>(pages.size());
    pdf::ReadBudget budget;
    std::map<QPDFObjGen, std::shared_ptr<const Font>> fonts;
    std::size_t glyphs_total = 0;
    bool operators_cut = false, objects_cut = false;
    for (std::size_t i = 0; i < pages.size() && static_cast<int>(i) < limits.max_pages; ++i) {
      PageReader reader(limits, budget, fonts, deadline, glyphs_total);
      auto rotate_obj = pages[i].getAttribute("/Rotate", false);
      int rotate = rotate_obj.isInteger() ? static_cast<int>(rotate_obj.getIntValue() % 360) : 0;
      if (rotate < 0) rotate += 360;
      out.pages.emplace_back();
      reader.read(pages[i], rotate / 90, out.pages.back());
      if (Pl_Buffer::inputBudgetExceeded()) return too_big();
      if (QPDF::parserObjectBudgetExceeded()) return too_many();
      if (const Stop* stop = reader.stop()) {
        if (stop->code == "document.xobject_cycle") {
          return unusable("document.xobject_cycle", "the PDF is damaged: a form on page " + std::to_string(i + 1) + " contains itself");
        }
        out.pages.pop_back();
        out.limits.push_back("reading stopped after " + std::to_string(limits.max_milliseconds / 1000) +
                             " seconds: pages from " + std::to_string(i + 1) + " on were not read");
        break;
      }
      if (reader.operatorsCut()) operators_cut = true;
      if (reader.objectsCut()) objects_cut = true;
      if (reader.glyphsCut()) {
        out.limits.push_back("only the first " + withThousands(static_cast<long long>(limits.max_glyphs)) +
                             " characters were read");
        break;
      }
    }
    if (operators_cut) {
      out.limits.push_back("pages with more than " + withThousands(static_cast<long long>(limits.max_operators_per_page)) +
                           " drawing operations were read only that far");
    }
    if (objects_cut) {
      out.limits.push_back("drawing instructions holding more than " + withThousands(static_cast<long long>(kMaxOperandItems)) +
                           " values, or nested deeper than " + std::to_string(kMaxOperandDepth) +
                           " levels, were not read, nor what follows them on their page");
    }
    if (static_cast<int>(pages.size()) > limits.max_pages) {
      out.limits.push_back("only the first " + std::to_string(limits.max_pages) + " of " +
                           withThousands(static_cast<long long>(pages.size())) + " pages were read");
    }
    if (budget.cmap_exhausted) out.limits.push_back("the fonts' character maps were read only in part (too many entries)");
  } catch (const QPDFExc& e) {
    if (Pl_Buffer::inputBudgetExceeded()) return too_big();
    if (QPDF::parserObjectBudgetExceeded()) return too_many();
    if (e.getErrorCode() == qpdf_e_password) {
      return unusable("document.password", "the PDF is protected by a password: save or print it again without one");
    }
    return unusable("document.damaged", "the PDF is damaged beyond repair");
  } catch (const std::exception&) {
    if (Pl_Buffer::inputBudgetExceeded()) return too_big();
    if (QPDF::parserObjectBudgetExceeded()) return too_many();
    return unusable("document.damaged", "the PDF is damaged beyond repair");
  }
  return out;
}

}  // namespace portcheck
