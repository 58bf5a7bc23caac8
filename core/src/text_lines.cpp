// Glyphs -> lines in reading order (pdf_text.hpp). Per writing direction:
//   1. fake bold: a glyph drawn again within a fraction of its size, same text, is read once;
//   2. rows: glyphs whose baselines agree within a third of their size;
//   3. fragments: a row cut where the gap is wider than a column gutter (1.5 em), so a
//      right-hand account box is not read into the line beside it;
//   4. words: a space glyph or a gap over 0.15 em;
//   5. blocks: fragments stacked in a column (each just below the last, overlapping it);
//   6. order: the topmost block first, except that a block to its left that overlaps it
//      vertically comes first (left column before right column).
// The thresholds are fractions of the font size, as in PDFium's and pdf.js's text layers.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "portcheck/pdf_text.hpp"

namespace portcheck {
namespace {

constexpr double kDuplicateAlong = 0.15;   // fake bold offsets, in em
constexpr double kDuplicateAcross = 0.2;
constexpr double kBaselineTolerance = 0.35;
constexpr double kWordGap = 0.15;
constexpr double kGutter = 1.5;
constexpr double kLineSpacing = 1.9;       // the most a block's next line sits below its last
constexpr std::size_t kMaxBlocksOrdered = 2'000;  // past this, blocks are read top to bottom only

struct Fragment {
  std::string text;
  double x0, x1, y, size;
  bool placed = false;
};

struct Block {
  std::vector<std::size_t> fragments;
  double x0, x1, top, bottom;
};

std::vector<const TextGlyph*> withoutFakeBold(const std::vector<const TextGlyph*>& glyphs) {
  std::vector<const TextGlyph*> kept;
  kept.reserve(glyphs.size());
  std::unordered_map<std::uint64_t, std::vector<const TextGlyph*>> grid;
  // A grid cell's index; glyphs far off any page (1e179 is finite) share the last cell, as
  // converting a double beyond int64 is undefined.
  auto cell = [](double v, double size) {
    const double c = std::floor(v / std::max(size, 0.5));
    return std::isnan(c) ? 0 : static_cast<std::int64_t>(std::clamp(c, -1e15, 1e15));
  };
  auto key = [](std::int64_t cx, std::int64_t cy) {
    return (static_cast<std::uint64_t>(cx) << 32) ^ static_cast<std::uint64_t>(cy & 0xFFFFFFFF);
  };
  for (const TextGlyph* g : glyphs) {
    if (g->text == " ") {
      kept.push_back(g);
      continue;
    }
    const auto cx = cell(g->x, g->size), cy = cell(g->y, g->size);
    bool duplicate = false;
    for (std::int64_t dx = -1; dx <= 1 && !duplicate; ++dx) {
      for (std::int64_t dy = -1; dy <= 1 && !duplicate; ++dy) {
        auto hit = grid.find(key(cx + dx, cy + dy));
        if (hit == grid.end()) continue;
        for (const TextGlyph* o : hit->second) {
          if (o->text == g->text && std::abs(o->size - g->size) < 0.1 * g->size &&
              std::abs(o->x - g->x) < kDuplicateAlong * g->size && std::abs(o->y - g->y) < kDuplicateAcross * g->size) {
            duplicate = true;
            break;
          }
        }
      }
    }
    if (duplicate) continue;
    grid[key(cx, cy)].push_back(g);
    kept.push_back(g);
  }
  return kept;
}

void appendFragments(std::vector<const TextGlyph*>& row, std::vector<Fragment>& out) {
  std::stable_sort(row.begin(), row.end(), [](const TextGlyph* a, const TextGlyph* b) { return a->x < b->x; });
  Fragment current{};
  bool open = false, space_pending = false;
  double end = 0;
  auto flush = [&] {
    if (open && !current.text.empty()) out.push_back(current);
    open = false;
    space_pending = false;
  };
  for (const TextGlyph* g : row) {
    if (g->text == " ") {
      if (open) {
        space_pending = true;
        end = std::max(end, g->x + g->width);
      }
      continue;
    }
    const double em = g->size;
    const double gap = open ? g->x - end : 0;
    if (open && gap > kGutter * std::max(em, current.size)) flush();
    if (!open) {
      current = Fragment{g->text, g->x, g->x + g->width, g->y, g->size};
      open = true;
      end = g->x + g->width;
      continue;
    }
    if (space_pending || gap > kWordGap * em) {
      if (current.text.back() != ' ') current.text.push_back(' ');
    }
    space_pending = false;
    current.text += g->text;
    end = std::max(end, g->x + g->width);
    current.x1 = std::max(current.x1, end);
    current.size = std::max(current.size, g->size);
  }
  flush();
}

void linesOfDirection(std::vector<const TextGlyph*> glyphs, int direction, std::vector<TextLine>& out) {
  glyphs = withoutFakeBold(glyphs);
  // Rows, top to bottom.
  std::stable_sort(glyphs.begin(), glyphs.end(), [](const TextGlyph* a, const TextGlyph* b) { return a->y > b->y; });
  std::vector<Fragment> fragments;
  std::vector<const TextGlyph*> row;
  double row_y = 0, row_size = 0;
  for (const TextGlyph* g : glyphs) {
    if (!row.empty() && std::abs(row_y - g->y) > kBaselineTolerance * std::min(row_size, g->size)) {
      appendFragments(row, fragments);
      row.clear();
    }
    if (row.empty()) {
      row_y = g->y;
      row_size = g->size;
    }
    row.push_back(g);
  }
  if (!row.empty()) appendFragments(row, fragments);
  for (auto& f : fragments) {
    while (!f.text.empty() && f.text.back() == ' ') f.text.pop_back();
  }

  // Blocks: each fragment joins the block whose last line is just above it and overlaps it.
  // Only blocks whose last line is near enough stay candidates (rows come top to bottom).
  double max_size = 0;
  for (const auto& f : fragments) max_size = std::max(max_size, f.size);
  std::vector<Block> blocks;
  std::vector<std::size_t> active;
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    const auto& f = fragments[i];
    int best = -1;
    double best_distance = 0;
    std::size_t kept = 0;
    for (std::size_t b : active) {
      const auto& last = fragments[blocks[b].fragments.back()];
      const double distance = last.y - f.y;
      if (distance > kLineSpacing * max_size) continue;  // retired: nothing below can join it
      active[kept++] = b;
      const double limit = kLineSpacing * std::max(last.size, f.size);
      if (distance <= kBaselineTolerance * std::min(last.size, f.size) || distance > limit) continue;
      const bool overlaps = std::min(last.x1, f.x1) - std::max(last.x0, f.x0) > 0;
      if (!overlaps) continue;
      if (best < 0 || distance < best_distance) {
        best = static_cast<int>(b);
        best_distance = distance;
      }
    }
    active.resize(kept);
    if (best < 0) {
      blocks.push_back({{i}, f.x0, f.x1, f.y + f.size, f.y});
      if (active.size() < 4096) active.push_back(blocks.size() - 1);
    } else {
      auto& block = blocks[static_cast<std::size_t>(best)];
      block.fragments.push_back(i);
      block.x0 = std::min(block.x0, f.x0);
      block.x1 = std::max(block.x1, f.x1);
      block.bottom = std::min(block.bottom, f.y);
    }
  }

  // Order: topmost first, unless a block beside it on the left overlaps it vertically.
  if (blocks.size() > kMaxBlocksOrdered) {
    for (const auto& block : blocks) {
      for (std::size_t i : block.fragments) {
        const auto& f = fragments[i];
        out.push_back({f.text, f.x0, f.x1, f.y, f.size, direction});
      }
    }
    return;
  }
  std::vector<bool> done(blocks.size(), false);
  for (std::size_t emitted = 0; emitted < blocks.size(); ++emitted) {
    std::size_t pick = blocks.size();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (done[b]) continue;
      if (pick == blocks.size() || blocks[b].top > blocks[pick].top ||
          (blocks[b].top == blocks[pick].top && blocks[b].x0 < blocks[pick].x0)) {
        pick = b;
      }
    }
    for (std::size_t guard = 0; guard < blocks.size(); ++guard) {
      std::size_t left = blocks.size();
      for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (done[b] || b == pick) continue;
        const auto &l = blocks[b], &p = blocks[pick];
        const bool beside = l.x1 <= p.x0 + 0.5 * fragments[p.fragments.front()].size;
        const bool overlaps = l.top > p.bottom && l.bottom < p.top;
        if (beside && overlaps && (left == blocks.size() || l.top > blocks[left].top)) left = b;
      }
      if (left == blocks.size()) break;
      pick = left;
    }
    done[pick] = true;
    for (std::size_t i : blocks[pick].fragments) {
      const auto& f = fragments[i];
      out.push_back({f.text, f.x0, f.x1, f.y, f.size, direction});
    }
  }
}

}  // namespace

std::vector<TextLine> readingOrderLines(const PageGlyphs& page) {
  std::vector<TextLine> lines;
  // Upright text first, then text turned to read upward, downward, upside down.
  for (int direction : {0, 1, 3, 2}) {
    std::vector<const TextGlyph*> glyphs;
    for (const auto& g : page.glyphs) {
      if (g.direction == direction) glyphs.push_back(&g);
    }
    if (!glyphs.empty()) linesOfDirection(std::move(glyphs), direction, lines);
  }
  return lines;
}

}  // namespace portcheck
