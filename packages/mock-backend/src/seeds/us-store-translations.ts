import type { ProgramTexts } from '../engine/types.ts';

// The US store's programme in the demo store's other languages, as a merchant
// would enter them in their loyalty platform. Digits stay Latin, as prices are.

const th: ProgramTexts = {
  earningRules: {
    earn_order: { title: 'สั่งซื้อสินค้า', description: 'รับ 5 คะแนนทุกการใช้จ่าย $1' },
    earn_signup: { title: 'สมัครสมาชิก' },
    earn_birthday: { title: 'ฉลองวันเกิดของคุณ' },
    earn_review: { title: 'รีวิวสินค้าที่ซื้อ', description: 'แนบรูปภาพรับ 100 คะแนน' },
    earn_instagram: { title: 'ติดตามเราบน Instagram' },
    earn_share: { title: 'แชร์ Harbor บน Facebook' },
    earn_referral: { title: 'แนะนำเพื่อน' },
  },
  rewards: {
    rw_5off: { title: 'ส่วนลด $5 สำหรับคำสั่งซื้อ' },
    rw_ship: { title: 'ส่งฟรี' },
    rw_10pct: { title: 'ส่วนลด 10% สำหรับคำสั่งซื้อ' },
    rw_tote: { title: 'กระเป๋าผ้าแคนวาสฟรี' },
    rw_gift25: { title: 'บัตรของขวัญ $25' },
    rw_pay: { title: 'จ่ายด้วยคะแนน', description: '100 คะแนน = $1 ตั้งแต่ $30 ถึง $100' },
    rw_tree: {
      title: 'ปลูกต้นไม้ 10 ต้นในนามของคุณ',
      description: 'ร่วมกับพันธมิตรด้านการปลูกป่า เราจะส่งใบรับรองให้ทางอีเมล',
    },
  },
  tiers: {
    tier_bronze: { name: 'บรอนซ์', perks: ['5 คะแนนต่อ $1'] },
    tier_silver: { name: 'ซิลเวอร์', perks: ['ช้อปเซลก่อนใคร'] },
    tier_gold: { name: 'โกลด์', perks: ['จัดส่งด่วนฟรี'] },
  },
  bonusEvents: { bonus_outerwear: { title: 'คะแนนสองเท่าสำหรับเสื้อแจ็กเก็ตสัปดาห์นี้' } },
};

const ko: ProgramTexts = {
  earningRules: {
    earn_order: { title: '주문하기', description: '$1 결제할 때마다 5포인트' },
    earn_signup: { title: '회원 가입' },
    earn_birthday: { title: '생일 축하 포인트' },
    earn_review: { title: '구매 후기 작성', description: '사진을 첨부하면 100포인트' },
    earn_instagram: { title: '인스타그램 팔로우' },
    earn_share: { title: '페이스북에 Harbor 공유하기' },
    earn_referral: { title: '친구 초대' },
  },
  rewards: {
    rw_5off: { title: '주문 금액 $5 할인' },
    rw_ship: { title: '무료 배송' },
    rw_10pct: { title: '주문 금액 10% 할인' },
    rw_tote: { title: '캔버스 토트백 증정' },
    rw_gift25: { title: '$25 기프트 카드' },
    rw_pay: { title: '포인트로 결제', description: '100포인트 = $1, $30부터 $100까지' },
    rw_tree: {
      title: '내 이름으로 나무 10그루 심기',
      description: '숲 복원 파트너와 함께하며, 인증서는 이메일로 보내드려요',
    },
  },
  tiers: {
    tier_bronze: { name: '브론즈', perks: ['$1당 5포인트'] },
    tier_silver: { name: '실버', perks: ['세일 먼저 만나기'] },
    tier_gold: { name: '골드', perks: ['빠른 배송 무료'] },
  },
  bonusEvents: { bonus_outerwear: { title: '이번 주 아우터 포인트 2배' } },
};

const ar: ProgramTexts = {
  earningRules: {
    earn_order: { title: 'تسوّق من متجرنا', description: '5 نقاط مقابل كل 1 دولار تنفقه' },
    earn_signup: { title: 'أنشئ حسابًا' },
    earn_birthday: { title: 'احتفل بعيد ميلادك' },
    earn_review: { title: 'قيّم مشترياتك', description: 'أضف صورة واحصل على 100 نقطة' },
    earn_instagram: { title: 'تابعنا على إنستغرام' },
    earn_share: { title: 'شارك Harbor على فيسبوك' },
    earn_referral: { title: 'ادعُ صديقًا' },
  },
  rewards: {
    rw_5off: { title: 'خصم 5 دولارات على طلبك' },
    rw_ship: { title: 'شحن مجاني' },
    rw_10pct: { title: 'خصم 10% على طلبك' },
    rw_tote: { title: 'حقيبة قماشية مجانية' },
    rw_gift25: { title: 'بطاقة هدية بقيمة 25 دولارًا' },
    rw_pay: { title: 'ادفع بنقاطك', description: '100 نقطة = 1 دولار، من 30 إلى 100 دولار' },
    rw_tree: {
      title: 'ازرع عشر أشجار باسمك',
      description: 'مع شريكنا في إعادة التشجير، ونرسل إليك الشهادة بالبريد الإلكتروني',
    },
  },
  tiers: {
    tier_bronze: { name: 'برونزي', perks: ['5 نقاط لكل 1 دولار'] },
    tier_silver: { name: 'فضي', perks: ['وصول مبكر إلى التخفيضات'] },
    tier_gold: { name: 'ذهبي', perks: ['شحن سريع مجاني'] },
  },
  bonusEvents: { bonus_outerwear: { title: 'نقاط مضاعفة على الملابس الخارجية هذا الأسبوع' } },
};

export const usStoreTranslations = { th, ko, ar };
