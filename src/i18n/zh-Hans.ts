import type { Strings } from './en.js';

export default {
  retry: '重试',
  stale: (date) => `这是 ${date} 保存的副本，可能已过时。`,
  failedLoad: '无法加载数据。',
  failedFormat: '数据格式无法识别。',
  failedAddress: '数据地址无效。',
  newTab: '（在新标签页中打开）',
  news: { heading: '新闻', loading: '正在加载新闻…', empty: '暂无新闻。', more: '显示更多' },
} satisfies Strings;
