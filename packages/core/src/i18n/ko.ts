import type { Catalog } from './catalog.ts';

export const ko: Catalog = {
  'launcher.label': '리워드',
  points: { other: '{count}포인트' },
  'panel.close': '닫기',
  'panel.greeting': '{name}님, 안녕하세요',
  'panel.greetingAnonymous': '다시 오신 것을 환영합니다',
  'panel.balance': '내 포인트',
  'panel.pending': { other: '+{count}포인트 적립 예정' },
  'panel.rewards': '리워드',
  'panel.rewardsEmpty': '아직 리워드가 없습니다. 곧 다시 확인해 주세요.',
  'panel.canRedeem': '지금 교환할 수 있어요',
  'panel.toGo': { other: '{count}포인트 더 필요해요' },
  'panel.loading': '리워드를 불러오는 중…',
  'panel.error': '리워드를 불러오지 못했습니다.',
  'panel.retry': '다시 시도',
  'guest.title': '{program} 가입하기',
  'guest.body': '주문할 때마다 포인트를 모으고 리워드로 바꾸세요.',
  'guest.join': '가입하기',
  'guest.signIn': '로그인',
};
