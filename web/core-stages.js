// The page's two WebAssembly stages, joined (core/include/portcheck/number_stages.hpp): the
// first (portcheck-first.mjs) has every rule; a number its fast path cannot read goes to the
// second (portcheck-numbers.mjs: libphonenumber), synchronously, as bytes in and a verdict
// record out. Joined, they answer exactly as the single module (portcheck.mjs) does. Glue only.

/** Makes `first` ask `numbers` for the numbers its fast path cannot read. */
export function connect(first, numbers) {
  first.secondStage = (bytes) => {
    const at = numbers._malloc(Math.max(bytes.length, 1));
    try {
      numbers.HEAPU8.set(bytes, at);
      return numbers.UTF8ToString(numbers._portcheck_classify(at, bytes.length));
    } finally {
      numbers._free(at);
    }
  };
  return first;
}

/**
 * The bill reader (portcheck-bill.mjs: one C function) as readBill(Uint8Array) -> the
 * "portcheck.bill/1" JSON text, joined to `numbers`. At most one byte past the reader's limit is
 * copied in, so the core refuses a larger file itself; anything but bytes is read as no bytes.
 */
export function billReader(bill, numbers) {
  connect(bill, numbers);
  const read = (reader, bytes) => {
    if (!(bytes instanceof Uint8Array)) bytes = new Uint8Array(0);  // no bytes: the core says so
    const size = Math.min(bytes.length, bill._portcheck_bill_input_cap());
    const at = bill._malloc(Math.max(size, 1));
    try {
      bill.HEAPU8.set(bytes.subarray(0, size), at);
      return bill.UTF8ToString(reader(at, size));
    } finally {
      bill._free(at);
    }
  };
  return {
    readBill: (bytes) => read(bill._portcheck_read_bill, bytes),
    /** A CSR (PDF bytes, or pasted text as UTF-8 bytes) -> the "portcheck.csr/1" JSON text. */
    readCsr: (bytes) => read(bill._portcheck_read_csr, bytes),
  };
}

/**
 * What the worker loads: its module (portcheck-worker.mjs: every rule, the document readers,
 * bundles, CSV; no libphonenumber) joined to the numbers stage. `core.bill` is its readers, as
 * billReader() gives them. Options go to both factories.
 */
export async function loadWorker(createWorker, createNumbers, options = {}) {
  const [worker, numbers] = await Promise.all([createWorker({ ...options }), createNumbers({ ...options })]);
  const core = connect(worker, numbers);
  // As billReader(): anything but bytes is read as no bytes, which the core names.
  const bytesOf = (bytes) => (bytes instanceof Uint8Array ? bytes : new Uint8Array(0));
  core.bill = {
    readBill: (bytes) => core.readBill(bytesOf(bytes)),
    readCsr: (bytes) => core.readCsr(bytesOf(bytes)),
    classifyRejection: (text) => core.classifyRejection(String(text ?? '')),
  };
  return core;
}

/** Both stages, loaded and joined: the whole checker. Options go to both factories. */
export async function loadBoth(createFirst, createNumbers, options = {}) {
  const [first, numbers] = await Promise.all([createFirst({ ...options }), createNumbers({ ...options })]);
  return connect(first, numbers);
}
