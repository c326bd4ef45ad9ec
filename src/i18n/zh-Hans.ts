import type { Strings } from './en.js';

export default {
  retry: '重试',
  stale: (date) => `这是 ${date} 保存的副本，可能已过时。`,
  failedLoad: '无法加载数据。',
  failedFormat: '数据格式无法识别。',
  failedAddress: '数据地址无效。',
  newTab: '（在新标签页中打开）',
  news: { heading: '新闻', loading: '正在加载新闻…', empty: '暂无新闻。', more: '显示更多' },
  card: {
    loading: '正在加载创新中心信息…',
    empty: '暂无创新中心。',
    notFound: (id) => `数据中没有“${id}”这个创新中心。`,
    open: '已启用',
    planned: '规划中',
    status: '状态',
    city: '城市',
    country: '国家',
    opened: '启用日期',
    founders: '共建单位',
    partners: '合作伙伴',
    focus: '重点领域',
    source: '来源',
    unresolved: '位置未确定',
  },
} satisfies Strings;
