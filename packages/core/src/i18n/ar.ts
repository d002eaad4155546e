import type { Catalog } from './catalog.ts';

export const ar: Catalog = {
  'launcher.label': 'المكافآت',
  points: {
    zero: '{count} نقطة',
    one: 'نقطة واحدة',
    two: 'نقطتان',
    few: '{count} نقاط',
    many: '{count} نقطة',
    other: '{count} نقطة',
  },
  'panel.close': 'إغلاق',
  'panel.greeting': 'مرحبًا {name}',
  'panel.greetingAnonymous': 'أهلًا بعودتك',
  'panel.balance': 'رصيدك',
  'panel.pending': {
    one: '+نقطة واحدة قيد الإضافة',
    two: '+نقطتان قيد الإضافة',
    few: '+{count} نقاط قيد الإضافة',
    other: '+{count} نقطة قيد الإضافة',
  },
  'panel.rewards': 'المكافآت',
  'panel.rewardsEmpty': 'لا توجد مكافآت بعد. عد قريبًا.',
  'panel.canRedeem': 'يمكنك استبدال هذه المكافأة',
  'panel.toGo': {
    one: 'تبقّت نقطة واحدة',
    two: 'تبقّت نقطتان',
    few: 'تبقّت {count} نقاط',
    other: 'تبقّت {count} نقطة',
  },
  'panel.loading': 'جارٍ تحميل مكافآتك…',
  'panel.error': 'تعذّر تحميل مكافآتك.',
  'panel.retry': 'أعد المحاولة',
  'guest.title': 'انضم إلى {program}',
  'guest.body': 'اكسب نقاطًا مع كل طلب واستبدلها بمكافآت.',
  'guest.join': 'انضم الآن',
  'guest.signIn': 'تسجيل الدخول',
};
