// The native side of the benchmarks (bench/run.mjs drives it): the same corpus and drafts as
// the WASM and JavaScript engines, timed in-process. Prints one JSON object.
//   portcheck_bench CORPUS_FILE DRAFT_1000 DRAFT_10000 REPEATS
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

template <typename Fn>
std::vector<double> timesMs(int repeats, Fn&& fn) {
  std::vector<double> out;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    out.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return out;
}

std::string stats(const std::vector<double>& xs) {
  std::ostringstream out;
  out << "{\"median\":" << median(xs) << ",\"min\":" << *std::min_element(xs.begin(), xs.end())
      << ",\"max\":" << *std::max_element(xs.begin(), xs.end()) << "}";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: portcheck_bench CORPUS DRAFT_1000 DRAFT_10000 REPEATS\n";
    return 2;
  }
  const std::string corpus = slurp(argv[1]);
  const std::string draft1k = slurp(argv[2]), draft10k = slurp(argv[3]);
  const int repeats = std::stoi(argv[4]);
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < corpus.size();) {
    const auto end = std::min(corpus.find('\n', at), corpus.size());
    lines.push_back(corpus.substr(at, end - at));
    at = end + 1;
  }

  const auto first = timesMs(1, [&] { (void)portcheck::checkDraftJson(draft1k); });
  std::size_t valid = 0;
  for (const auto& l : lines) valid += portcheck::classifyNumber(l).eligible() ? 1 : 0;
  const auto classify = timesMs(repeats, [&] {
    for (const auto& l : lines) (void)portcheck::classifyNumber(l);
  });
  const auto batch = timesMs(repeats, [&] { (void)portcheck::numberBatchJson(corpus); });
  const auto check1k = timesMs(std::max(repeats, 31), [&] { (void)portcheck::checkDraftJson(draft1k); });
  const auto check10k = timesMs(repeats, [&] { (void)portcheck::checkDraftJson(draft10k); });
  std::vector<double> rates;
  for (const double ms : classify) rates.push_back(static_cast<double>(lines.size()) / (ms / 1000));
  std::vector<double> batch_rates;
  for (const double ms : batch) batch_rates.push_back(static_cast<double>(lines.size()) / (ms / 1000));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << "{\"numbers\":" << lines.size() << ",\"eligible\":" << valid << ",\"classify_per_s\":" << stats(rates)
            << ",\"batch_json_per_s\":" << stats(batch_rates) << ",\"first_check_ms\":" << first[0]
            << ",\"check_1000_ms\":" << stats(check1k) << ",\"check_10000_ms\":" << stats(check10k)
            << ",\"peak_rss_mb\":" << static_cast<double>(usage.ru_maxrss) / 1024.0 << "}\n";
  return 0;
}
