import { TEMPLATES } from './definitions'

/*
 * Catalog strings for the template keys, flat ("a.b.c" keys), ready to be
 * merged into the i18next catalogs (use `nestTemplateStrings` for nested
 * resources, or keySeparator false). English comes from the template
 * definitions themselves; Persian is written here. Persian text keeps its
 * zero-width non-joiners (U+200C) — they are part of the spelling.
 */

export type TemplateLanguage = 'en' | 'fa'

/** Every key the templates use, in definition order. */
export function templateKeys(): string[] {
  return [...englishStrings().keys()]
}

function englishStrings(): Map<string, string> {
  const out = new Map<string, string>()
  for (const template of TEMPLATES) {
    out.set(template.name.key, template.name.en)
    out.set(template.description.key, template.description.en)
    for (const stage of template.stages) {
      for (const text of [stage.name, stage.customerGoal, stage.businessGoal]) if (text) out.set(text.key, text.en)
    }
    for (const lane of template.lanes) out.set(lane.title.key, lane.title.en)
  }
  return out
}

const persian: Record<string, string> = {
  'templates.fourStage.name': "سفر چهار مرحله‌ای",
  'templates.fourStage.description': "دسترسی و جذب · پرورش و آموزش · تبدیل و نهایی‌سازی · پشتیبانی و رشد",
  'templates.fourStage.stages.reachEngage.name': "دسترسی و جذب",
  'templates.fourStage.stages.reachEngage.customerGoal': "راهی برای حل مشکلم پیدا کنم",
  'templates.fourStage.stages.reachEngage.businessGoal': "دیده شدن توسط مخاطبان درست",
  'templates.fourStage.stages.nurtureEducate.name': "پرورش و آموزش",
  'templates.fourStage.stages.nurtureEducate.customerGoal': "گزینه‌هایم را بشناسم و بدانم به چه کسی اعتماد کنم",
  'templates.fourStage.stages.nurtureEducate.businessGoal': "اعتمادسازی و نشان دادن ارزش ما",
  'templates.fourStage.stages.convertClose.name': "تبدیل و نهایی‌سازی",
  'templates.fourStage.stages.convertClose.customerGoal': "با اطمینان و بی‌دردسر خرید کنم",
  'templates.fourStage.stages.convertClose.businessGoal': "تبدیل علاقه به فروش",
  'templates.fourStage.stages.supportGrow.name': "پشتیبانی و رشد",
  'templates.fourStage.stages.supportGrow.customerGoal': "هر وقت لازم شد، ارزش و کمک بگیرم",
  'templates.fourStage.stages.supportGrow.businessGoal': "حفظ مشتری، گسترش رابطه و جلب معرفی",
  'templates.fiveStage.name': "سفر پنج مرحله‌ای",
  'templates.fiveStage.description': "آگاهی · بررسی · خرید · حفظ مشتری · حمایت و توصیه",
  'templates.fiveStage.stages.awareness.name': "آگاهی",
  'templates.fiveStage.stages.awareness.customerGoal': "بفهمم راه‌حلی وجود دارد",
  'templates.fiveStage.stages.awareness.businessGoal': "دیده شدن همان‌جا که مشتریان جست‌وجو می‌کنند",
  'templates.fiveStage.stages.consideration.name': "بررسی",
  'templates.fiveStage.stages.consideration.customerGoal': "گزینه‌ها را مقایسه کنم و مناسب‌ترین را برگزینم",
  'templates.fiveStage.stages.consideration.businessGoal': "نشان دادن این‌که چرا ما بهترین گزینه‌ایم",
  'templates.fiveStage.stages.purchase.name': "خرید",
  'templates.fiveStage.stages.purchase.customerGoal': "سریع و امن خرید کنم",
  'templates.fiveStage.stages.purchase.businessGoal': "آسان کردن خرید",
  'templates.fiveStage.stages.retention.name': "حفظ مشتری",
  'templates.fiveStage.stages.retention.customerGoal': "ارزشی را که برایش پول داده‌ام به دست بیاورم",
  'templates.fiveStage.stages.retention.businessGoal': "موفق نگه داشتن مشتریان و بازگشت دوباره‌شان",
  'templates.fiveStage.stages.advocacy.name': "حمایت و توصیه",
  'templates.fiveStage.stages.advocacy.customerGoal': "تجربهٔ خوبم را با دیگران در میان بگذارم",
  'templates.fiveStage.stages.advocacy.businessGoal': "تبدیل مشتریان به مروجان",
  'templates.sixStageEcommerce.name': "سفر فروشگاه اینترنتی (۶ مرحله)",
  'templates.sixStageEcommerce.description': "آگاهی · بررسی · جذب · خرید/اقدام · خدمات · وفاداری",
  'templates.sixStageEcommerce.stages.awareness.name': "آگاهی",
  'templates.sixStageEcommerce.stages.awareness.customerGoal': "محصولاتی را پیدا کنم که نیازم را برآورده کنند",
  'templates.sixStageEcommerce.stages.awareness.businessGoal': "آوردن خریداران به فروشگاه",
  'templates.sixStageEcommerce.stages.consideration.name': "بررسی",
  'templates.sixStageEcommerce.stages.consideration.customerGoal': "محصول مناسب را پیدا و مقایسه کنم",
  'templates.sixStageEcommerce.stages.consideration.businessGoal': "کمک به خریداران برای انتخاب",
  'templates.sixStageEcommerce.stages.acquisition.name': "جذب",
  'templates.sixStageEcommerce.stages.acquisition.customerGoal': "به‌راحتی ثبت‌نام کنم یا سبد خریدم را پر کنم",
  'templates.sixStageEcommerce.stages.acquisition.businessGoal': "به دست آوردن حساب کاربری، سبد خرید یا مشترک خبرنامه",
  'templates.sixStageEcommerce.stages.purchaseAction.name': "خرید/اقدام",
  'templates.sixStageEcommerce.stages.purchaseAction.customerGoal': "به روش دلخواهم پرداخت کنم و تأییدیه بگیرم",
  'templates.sixStageEcommerce.stages.purchaseAction.businessGoal': "تکمیل پرداخت بدون ریزش",
  'templates.sixStageEcommerce.stages.service.name': "خدمات",
  'templates.sixStageEcommerce.stages.service.customerGoal': "ارسال، مرجوعی و پشتیبانی بی‌دردسر داشته باشم",
  'templates.sixStageEcommerce.stages.service.businessGoal': "حل سریع و درست مشکلات",
  'templates.sixStageEcommerce.stages.loyalty.name': "وفاداری",
  'templates.sixStageEcommerce.stages.loyalty.customerGoal': "برای بازگشتم قدردانی ببینم",
  'templates.sixStageEcommerce.stages.loyalty.businessGoal': "افزایش خرید دوباره و نظرات مشتریان",
  'templates.serviceBlueprint.name': "نقشهٔ طراحی خدمت",
  'templates.serviceBlueprint.description': "سفر مشتری همراه با فرایندهای پیش‌صحنه، پشت‌صحنه و پشتیبانی آن",
  'templates.serviceBlueprint.stages.discover.name': "کشف",
  'templates.serviceBlueprint.stages.discover.customerGoal': "بفهمم این خدمت چه چیزی ارائه می‌دهد",
  'templates.serviceBlueprint.stages.discover.businessGoal': "ایجاد انتظارات روشن",
  'templates.serviceBlueprint.stages.request.name': "درخواست",
  'templates.serviceBlueprint.stages.request.customerGoal': "به‌آسانی خدمت را سفارش یا رزرو کنم",
  'templates.serviceBlueprint.stages.request.businessGoal': "ثبت درست درخواست",
  'templates.serviceBlueprint.stages.receive.name': "دریافت",
  'templates.serviceBlueprint.stages.receive.customerGoal': "خدمت را همان‌طور که وعده داده شده دریافت کنم",
  'templates.serviceBlueprint.stages.receive.businessGoal': "ارائهٔ به‌موقع و مطابق استاندارد",
  'templates.serviceBlueprint.stages.use.name': "استفاده",
  'templates.serviceBlueprint.stages.use.customerGoal': "به نتیجه‌ای که می‌خواستم برسم",
  'templates.serviceBlueprint.stages.use.businessGoal': "کمک به موفقیت مشتریان",
  'templates.serviceBlueprint.stages.getHelp.name': "دریافت کمک",
  'templates.serviceBlueprint.stages.getHelp.customerGoal': "مشکلاتم سریع حل شوند",
  'templates.serviceBlueprint.stages.getHelp.businessGoal': "رفع ریشه‌ای مشکلات",
  'templates.empty.name': "نقشهٔ خالی",
  'templates.empty.description': "سه مرحله و یک ردیف یادداشت، تا هر طور خواستید شکلش دهید",
  'templates.empty.stages.stage1.name': "مرحلهٔ ۱",
  'templates.empty.stages.stage2.name': "مرحلهٔ ۲",
  'templates.empty.stages.stage3.name': "مرحلهٔ ۳",
  'templates.lanes.actions': "اقدامات مشتری",
  'templates.lanes.touchpoints': "نقاط تماس",
  'templates.lanes.thoughts': "افکار و نقل‌قول‌ها",
  'templates.lanes.emotions': "احساسات",
  'templates.lanes.painPoints': "نقاط درد",
  'templates.lanes.opportunities': "فرصت‌ها",
  'templates.lanes.teams': "تیم‌های مسئول",
  'templates.lanes.metrics': "شاخص‌ها",
  'templates.lanes.evidence': "شواهد فیزیکی و نقاط تماس",
  'templates.lanes.frontstage': "اقدامات پیش‌صحنه",
  'templates.lanes.backstage': "اقدامات پشت‌صحنه",
  'templates.lanes.support': "فرایندهای پشتیبانی",
  'templates.lanes.notes': "یادداشت‌ها",
}

export const templateStrings: Record<TemplateLanguage, Record<string, string>> = {
  en: Object.fromEntries(englishStrings()),
  fa: persian,
}

/** The same strings as nested objects, the shape i18next resources use by default. */
export function nestTemplateStrings(language: TemplateLanguage): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(templateStrings[language])) {
    const parts = key.split('.')
    let node = root
    parts.slice(0, -1).forEach((part) => {
      node = (node[part] ??= {}) as Record<string, unknown>
    })
    node[parts[parts.length - 1] as string] = value
  }
  return root
}
