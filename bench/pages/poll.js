/* global performance, requestAnimationFrame */
// Resolves with performance.now() at the first animation frame in which `test()` holds: the
// frame that paints the result. The same check, frame by frame, for every page compared.
export function whenFrame(test, timeout = 30000) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const tick = () => {
      let ok = false;
      try {
        ok = !!test();
      } catch {
        ok = false;
      }
      if (ok) resolve(performance.now());
      else if (performance.now() - start > timeout) reject(new Error(`not done after ${timeout} ms`));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
