// Attack strings for the XSS suite. Each one, if it ever ran, would set window.__pwned (or the
// parent's, from a frame) to a number: the tripwire the tests check.
const run = (n: number) => `top.__pwned=${n}`;

const tags = [
  (n: number) => `<script>${run(n)}</script>`,
  (n: number) => `<SCRIPT SRC=data:,${run(n)}></SCRIPT>`,
  (n: number) => `<script>/*</script><script>${run(n)}//*/</script>`,
  (n: number) => `<img src=x onerror=${run(n)}>`,
  (n: number) => `<img src="x" onerror="${run(n)}"/>`,
  (n: number) => `<IMG SRC=# onmouseover="${run(n)}">`,
  (n: number) => `<img src=x:x onerror=&#x74;op.__pwned=${n}>`,
  (n: number) => `<svg onload=${run(n)}>`,
  (n: number) => `<svg><script>${run(n)}</script></svg>`,
  (n: number) => `<svg><animate onbegin=${run(n)} attributeName=x dur=1s>`,
  (n: number) => `<svg><a xlink:href="javascript:${run(n)}"><text x=20 y=20>x</text></a></svg>`,
  (n: number) =>
    `<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}></style></mglyph></table></mtext></math>`,
  (n: number) => `<math href="javascript:${run(n)}">x</math>`,
  (n: number) => `<body onload=${run(n)}>`,
  (n: number) => `<iframe src="javascript:${run(n)}"></iframe>`,
  (n: number) => `<iframe srcdoc="<script>${run(n)}</script>"></iframe>`,
  (n: number) => `<object data="javascript:${run(n)}"></object>`,
  (n: number) => `<embed src="javascript:${run(n)}">`,
  (n: number) => `<details open ontoggle=${run(n)}>`,
  (n: number) => `<video><source onerror=${run(n)}></video>`,
  (n: number) => `<audio src=x onerror=${run(n)}>`,
  (n: number) => `<input autofocus onfocus=${run(n)}>`,
  (n: number) => `<marquee onstart=${run(n)}>x</marquee>`,
  (n: number) => `<form><button formaction="javascript:${run(n)}">x</button></form>`,
  (n: number) => `<a href="javascript:${run(n)}">click</a>`,
  (n: number) => `<a href="JaVaScRiPt:${run(n)}">click</a>`,
  (n: number) => `<a href="java&#x09;script:${run(n)}">click</a>`,
  (n: number) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run(n)}">x</a>`,
  (n: number) => `<a href=" javascript:${run(n)}">x</a>`,
  (n: number) => `<a href="vbscript:msgbox(${n})">x</a>`,
  (n: number) => `<a href="data:text/html,<script>${run(n)}</script>">x</a>`,
  (n: number) => `<div style="background:url(javascript:${run(n)})">x</div>`,
  (n: number) => `<div style="width: expression(${run(n)})">x</div>`,
  (n: number) => `<style>@import 'javascript:${run(n)}';</style>`,
  (n: number) => `<link rel=stylesheet href="javascript:${run(n)}">`,
  (n: number) => `<meta http-equiv="refresh" content="0;url=javascript:${run(n)}">`,
  (n: number) => `<base href="javascript:${run(n)}//">`,
  (n: number) => `<template><img src=x onerror=${run(n)}></template>`,
  (n: number) => `<noscript><p title="</noscript><img src=x onerror=${run(n)}>">`,
  (n: number) => `<scr<script>ipt>${run(n)}</script>`,
  (n: number) => `"><img src=x onerror=${run(n)}>`,
  (n: number) => `'><svg onload=${run(n)}>`,
  (n: number) => `</title><script>${run(n)}</script>`,
  (n: number) => `<!--><img src=x onerror=${run(n)}>-->`,
  (n: number) => `<![CDATA[<img src=x onerror=${run(n)}>]]>`,
  (n: number) => `<img src=x onerror=${run(n)}`,
  (n: number) => `<<img src=x onerror=${run(n)}>`,
  (n: number) => `<isindex type=image src=1 onerror=${run(n)}>`,
  (n: number) => `\u003cimg src=x onerror=${run(n)}\u003e`,
  (n: number) => `&lt;img src=x onerror=${run(n)}&gt;`,
];

const urls = [
  (n: number) => `javascript:${run(n)}`,
  (n: number) => `JAVASCRIPT:${run(n)}`,
  (n: number) => ` javascript:${run(n)}`,
  (n: number) => `java\tscript:${run(n)}`,
  (n: number) => `java\nscript:${run(n)}`,
  (n: number) => `\u0001javascript:${run(n)}`,
  (n: number) => `javascript&#58;${run(n)}`,
  (n: number) => `&#106;avascript:${run(n)}`,
  (n: number) => `vbscript:msgbox(${n})`,
  (n: number) => `VBScript:msgbox(${n})`,
  (n: number) => `data:text/html,<script>${run(n)}</script>`,
  (n: number) => `data:text/html;base64,${btoa(`<script>${run(n)}</script>`)}`,
  (n: number) => `data:image/svg+xml,<svg onload="${run(n)}">`,
  (n: number) => `DATA:text/html,<script>${run(n)}</script>`,
  (n: number) => `livescript:${run(n)}`,
  (n: number) => `file:///etc/passwd#${n}`,
  (n: number) => `blob:https://example.test/${n}`,
  (n: number) => `//javascript:${run(n)}`,
  (n: number) => `jav&#x61;script:${run(n)}`,
  (n: number) => `javascript://%0a${run(n)}`,
];

/** At least 100 attack strings: markup, handlers, SVG/MathML, script URLs, CSS, broken markup. */
export const corpus: string[] = [
  ...tags.map((make, i) => make(i + 1)),
  ...urls.map((make, i) => make(i + 101)),
  // The same markup vectors again inside quotes and text, as feeds mangle them.
  ...tags.map((make, i) => `Breaking news ${make(i + 201)} continues`),
];

export const tripped = (): unknown => (window as { __pwned?: unknown }).__pwned;

/** A centres dataset with every attack string in every field (one feature per string), spread over the map. */
export function centres(vectors: string[]): unknown {
  return {
    type: 'FeatureCollection',
    features: vectors.map((v, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-170 + (i % 34) * 10, -50 + Math.floor(i / 34) * 25] },
      properties: {
        id: `c${i}`,
        name: { en: v, 'zh-Hans': v },
        city: { en: v },
        summary: { en: v, he: v },
        country: 'GB',
        status: i % 2 ? 'open' : 'planned',
        opened: '2017-05-09',
        founders: [v, { en: v }],
        partners: [v],
        focus: [v, { en: v, 'zh-Hans': v }],
        source: 'https://example.test/source',
        [v.slice(0, 40)]: v,
      },
    })),
  };
}
