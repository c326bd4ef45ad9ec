import type { Strings } from './strings.js';

export default {
  retry: '다시 시도',
  newTab: '(새 탭에서 열림)',
  news: { heading: '뉴스', loading: '뉴스를 불러오는 중…', empty: '아직 뉴스가 없습니다.', more: '더 보기' },
  card: {
    loading: '센터 정보를 불러오는 중…',
    empty: '아직 센터가 없습니다.',
    notFound: (id) => `데이터에 ‘${id}’ 센터가 없습니다.`,
    excluded: (id) => `‘${id}’ 센터는 데이터에 있지만 표시할 수 없습니다.`,
    choose: '지도에서 센터를 선택하세요.',
    open: '운영 중',
    planned: '계획 중',
    status: '상태',
    city: '도시',
    country: '국가',
    opened: '개소일',
    founders: '설립 기관',
    partners: '협력 기관',
    focus: '중점 분야',
    source: '출처',
    unresolved: '위치 미확인',
  },
  map: {
    label: '선전시 해외 혁신센터 지도',
    list: '센터 목록',
    loading: '지도를 불러오는 중…',
    empty: '아직 센터가 없습니다.',
    open: '운영 중',
    planned: '계획 중',
    unresolved: '위치 미확인',
    // Korean counts places with 곳 and needs no plural form.
    cluster: (count, names) => `센터 ${count}곳: ${names} — 확대`,
    reset: '전체 지도 보기',
    origin: '선전',
    links: '지도의 선이 선전과 운영 중인 각 센터를 잇습니다.',
  },
  problems: {
    stale: (date) => `${date}에 저장된 사본입니다. 최신 정보가 아닐 수 있습니다.`,
    failedLoad: '데이터를 불러오지 못했습니다.',
    failedCors:
      '데이터를 불러오지 못했습니다. 데이터가 있는 사이트에서 다른 사이트의 접근을 허용하지 않았을 수 있습니다.',
    failedFormat: '이 위젯에서 읽을 수 없는 형식의 데이터입니다.',
    failedAddress: '데이터 주소가 올바르지 않습니다.',
  },
} satisfies Strings;
