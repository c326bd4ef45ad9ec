import type { Strings } from './strings.js';

export default {
  retry: '再試行',
  newTab: '（新しいタブで開きます）',
  news: {
    heading: 'ニュース',
    loading: 'ニュースを読み込んでいます…',
    empty: 'ニュースはまだありません。',
    more: 'もっと見る',
  },
  card: {
    loading: 'センターの情報を読み込んでいます…',
    empty: 'センターはまだありません。',
    notFound: (id) => `データに「${id}」というセンターはありません。`,
    excluded: (id) => `センター「${id}」はデータにありますが、表示できませんでした。`,
    choose: '地図でセンターを選んでください。',
    open: '開設済み',
    planned: '計画中',
    status: '状況',
    city: '都市',
    country: '国',
    opened: '開設日',
    founders: '設立者',
    partners: 'パートナー',
    focus: '重点分野',
    source: '出典',
    unresolved: '所在地不明',
  },
  map: {
    label: '深セン市の海外イノベーションセンターの地図',
    list: 'センター一覧',
    loading: '地図を読み込んでいます…',
    empty: 'センターはまだありません。',
    open: '開設済み',
    planned: '計画中',
    unresolved: '所在地不明',
    // Japanese nouns have no plural form; か所 counts places.
    cluster: (count, names) => `${count}か所のセンター：${names}（拡大表示）`,
    reset: '地図全体を表示',
    origin: '深セン',
    links: '地図上の線が深センと開設済みの各センターを結んでいます。',
  },
  problems: {
    stale: (date) => `${date}に保存したデータです。最新ではない可能性があります。`,
    failedLoad: 'データを読み込めませんでした。',
    failedCors:
      'データを読み込めませんでした。データを置いているサイトが、他のサイトからの読み込みを許可していない可能性があります。',
    failedFormat: 'このウィジェットでは読み込めない形式のデータです。',
    failedAddress: 'データのアドレスが正しくありません。',
  },
} satisfies Strings;
