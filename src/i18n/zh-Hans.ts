import type { Strings } from './strings.js';

export default {
  retry: '重试',
  newTab: '（在新标签页中打开）',
  news: { heading: '新闻', loading: '正在加载新闻…', empty: '暂无新闻。', more: '显示更多' },
  card: {
    loading: '正在加载创新中心信息…',
    empty: '暂无创新中心。',
    notFound: (id) => `数据中没有“${id}”这个创新中心。`,
    excluded: (id) => `数据中有“${id}”这个创新中心，但无法显示。`,
    choose: '请在地图上选择一个创新中心。',
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
  map: {
    label: '深圳海外创新中心地图',
    list: '创新中心列表',
    loading: '正在加载地图…',
    empty: '暂无创新中心。',
    open: '已启用',
    planned: '规划中',
    unresolved: '位置未确定',
    // Chinese nouns have no plural form.
    cluster: (count, names) => `${count} 个创新中心：${names}——放大查看`,
    reset: '显示整幅地图',
  },
  problems: {
    stale: (date) => `这是 ${date} 保存的副本，可能已过时。`,
    failedLoad: '无法加载数据。',
    failedCors: '无法加载数据。存放数据的网站可能不允许其他网站读取。',
    failedFormat: '数据格式无法识别。',
    failedAddress: '数据地址无效。',
  },
} satisfies Strings;
