//! The demo's tag taxonomy, named in the six languages (first drafts, as the catalogue's:
//! docs/TRANSLATING.md).

use crate::domain::IssueCluster::{self, Development, Infrastructure, UseOfInternet, WiderImpact};
use crate::i18n::catalogue::CODES;

/// A tag: its slug, its cluster and its names in the catalogue's order of languages (en,
/// fr, ar, zh, ru, es).
pub type DemoTag = (&'static str, IssueCluster, [&'static str; 6]);

/// The public taxonomy.
#[rustfmt::skip]
pub const TAGS: [DemoTag; 18] = [
    ("root-servers", Infrastructure, ["Root servers", "Serveurs racine", "خوادم الجذر", "根服务器", "Корневые серверы", "Servidores raíz"]),
    ("ip-addressing", Infrastructure, ["IP addressing", "Adressage IP", "عنونة بروتوكول الإنترنت", "IP 地址分配", "IP-адресация", "Direccionamiento IP"]),
    ("domain-names", Infrastructure, ["Domain names", "Noms de domaine", "أسماء النطاقات", "域名", "Доменные имена", "Nombres de dominio"]),
    ("cctld", Infrastructure, ["Country-code domains", "Domaines de pays", "نطاقات رموز البلدان", "国家代码域名", "Домены с кодами стран", "Dominios de código de país"]),
    ("technical-standards", Infrastructure, ["Technical standards", "Normes techniques", "المعايير التقنية", "技术标准", "Технические стандарты", "Normas técnicas"]),
    ("interconnection", Infrastructure, ["Peering and interconnection", "Appairage et interconnexion", "التناظر والربط البيني", "对等互联与互连", "Пиринг и межсетевое соединение", "Peering e interconexión"]),
    ("spam", UseOfInternet, ["Spam", "Spam", "الرسائل الاقتحامية", "垃圾邮件", "Спам", "Correo basura"]),
    ("network-security", UseOfInternet, ["Network security", "Sécurité des réseaux", "أمن الشبكات", "网络安全", "Сетевая безопасность", "Seguridad de las redes"]),
    ("cybercrime", UseOfInternet, ["Cybercrime", "Cybercriminalité", "الجريمة السيبرانية", "网络犯罪", "Киберпреступность", "Ciberdelincuencia"]),
    ("privacy", WiderImpact, ["Privacy and data protection", "Vie privée et protection des données", "الخصوصية وحماية البيانات", "隐私与数据保护", "Неприкосновенность частной жизни и защита данных", "Privacidad y protección de datos"]),
    ("intellectual-property", WiderImpact, ["Intellectual property", "Propriété intellectuelle", "الملكية الفكرية", "知识产权", "Интеллектуальная собственность", "Propiedad intelectual"]),
    ("consumer-protection", WiderImpact, ["Consumer protection", "Protection des consommateurs", "حماية المستهلك", "消费者保护", "Защита прав потребителей", "Protección del consumidor"]),
    ("e-commerce", WiderImpact, ["E-commerce and trade", "Commerce électronique", "التجارة الإلكترونية", "电子商务与贸易", "Электронная коммерция и торговля", "Comercio electrónico"]),
    ("freedom-of-expression", WiderImpact, ["Freedom of expression", "Liberté d’expression", "حرية التعبير", "言论自由", "Свобода выражения мнений", "Libertad de expresión"]),
    ("capacity-building", Development, ["Capacity building", "Renforcement des capacités", "بناء القدرات", "能力建设", "Наращивание потенциала", "Creación de capacidad"]),
    ("access", Development, ["Affordable access", "Accès abordable", "النفاذ الميسور التكلفة", "负担得起的接入", "Доступ по приемлемой цене", "Acceso asequible"]),
    ("multilingualism", Development, ["Multilingualism", "Multilinguisme", "تعدد اللغات", "使用多种语文", "Многоязычие", "Multilingüismo"]),
    ("interconnection-costs", Development, ["Interconnection costs", "Coûts d’interconnexion", "تكاليف الربط البيني", "互联成本", "Стоимость межсетевого соединения", "Costos de interconexión"]),
];

/// The secretariat's own coding, never shown to readers.
#[rustfmt::skip]
pub const PRIVATE: DemoTag = (
    "needs-legal-review",
    WiderImpact,
    ["Needs legal review", "Examen juridique nécessaire", "يحتاج إلى مراجعة قانونية", "需要法律审查", "Требуется юридическая проверка", "Requiere examen jurídico"],
);

/// `(language, name)` pairs of a tag's names.
pub fn named(names: &[&'static str; 6]) -> Vec<(&'static str, &'static str)> {
    CODES.into_iter().zip(names.iter().copied()).collect()
}
