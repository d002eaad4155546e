import type { Catalog } from './catalog.ts';

export const th: Catalog = {
  'launcher.label': 'รางวัล',
  points: { other: '{count} คะแนน' },
  'panel.close': 'ปิด',
  'panel.greeting': 'สวัสดี {name}',
  'panel.greetingAnonymous': 'ยินดีต้อนรับกลับมา',
  'panel.balance': 'คะแนนของคุณ',
  'panel.pending': { other: '+{count} คะแนนกำลังจะเข้า' },
  'panel.rewards': 'รางวัล',
  'panel.rewardsEmpty': 'ยังไม่มีรางวัล แวะมาดูใหม่เร็ว ๆ นี้',
  'panel.canRedeem': 'แลกได้แล้ว',
  'panel.toGo': { other: 'อีก {count} คะแนน' },
  'panel.loading': 'กำลังโหลดรางวัลของคุณ…',
  'panel.error': 'โหลดรางวัลไม่สำเร็จ',
  'panel.retry': 'ลองอีกครั้ง',
  'guest.title': 'สมัครสมาชิก {program}',
  'guest.body': 'สะสมคะแนนทุกคำสั่งซื้อ แล้วนำไปแลกรางวัล',
  'guest.join': 'สมัครเลย',
  'guest.signIn': 'เข้าสู่ระบบ',
};
