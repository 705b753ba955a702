// Facts about time zones that Intl does not carry, in one place: which country each zone is in, the abbreviations
// people know them by, other names they search for, and which zones most people pick. Data and its reader only, no
// imports, so client components can use it; zone-data.test.ts checks it against Intl so it cannot drift silently.

/**
 * One row per zone: ISO 3166 country, IANA zone, then its abbreviations. Rows and countries are those of tzdata's
 * zone.tab (2025b), which tzdata keeps "to help [users] select timezones", in its order. A bare abbreviation
 * is one Intl itself shows in en-US or en-GB at some time of the year (kept here so that searching needs no Intl
 * call per zone); NAME=+H[:MM] is one in wide use that Intl gives only as an offset in English ("GMT+5:30" for
 * IST), and it is shown while the zone is at that offset.
 */
export const ZONE_TABLE = `
AD Europe/Andorra CET CEST
AE Asia/Dubai GST
AF Asia/Kabul
AG America/Antigua AST
AI America/Anguilla AST
AL Europe/Tirane CET CEST
AM Asia/Yerevan
AO Africa/Luanda
AQ Antarctica/McMurdo
AQ Antarctica/Casey
AQ Antarctica/Davis
AQ Antarctica/DumontDUrville
AQ Antarctica/Mawson
AQ Antarctica/Palmer
AQ Antarctica/Rothera
AQ Antarctica/Syowa
AQ Antarctica/Troll GMT
AQ Antarctica/Vostok
AR America/Argentina/Buenos_Aires ART=-3
AR America/Argentina/Cordoba
AR America/Argentina/Salta
AR America/Argentina/Jujuy
AR America/Argentina/Tucuman
AR America/Argentina/Catamarca
AR America/Argentina/La_Rioja
AR America/Argentina/San_Juan
AR America/Argentina/Mendoza
AR America/Argentina/San_Luis
AR America/Argentina/Rio_Gallegos
AR America/Argentina/Ushuaia
AS Pacific/Pago_Pago
AT Europe/Vienna CET CEST
AU Australia/Lord_Howe
AU Antarctica/Macquarie
AU Australia/Hobart AEST=+10 AEDT=+11
AU Australia/Melbourne AEST=+10 AEDT=+11
AU Australia/Sydney AEST=+10 AEDT=+11
AU Australia/Broken_Hill ACST=+9:30 ACDT=+10:30
AU Australia/Brisbane AEST=+10
AU Australia/Lindeman AEST=+10
AU Australia/Adelaide ACST=+9:30 ACDT=+10:30
AU Australia/Darwin ACST=+9:30
AU Australia/Perth AWST=+8
AU Australia/Eucla
AW America/Aruba AST
AX Europe/Mariehamn EET EEST
AZ Asia/Baku
BA Europe/Sarajevo CET CEST
BB America/Barbados AST
BD Asia/Dhaka
BE Europe/Brussels CET CEST
BF Africa/Ouagadougou GMT
BG Europe/Sofia EET EEST
BH Asia/Bahrain
BI Africa/Bujumbura
BJ Africa/Porto-Novo
BL America/St_Barthelemy AST
BM Atlantic/Bermuda AST ADT
BN Asia/Brunei
BO America/La_Paz
BQ America/Kralendijk AST
BR America/Noronha
BR America/Belem
BR America/Fortaleza
BR America/Recife
BR America/Araguaina
BR America/Maceio
BR America/Bahia
BR America/Sao_Paulo BRT=-3
BR America/Campo_Grande
BR America/Cuiaba
BR America/Santarem
BR America/Porto_Velho
BR America/Boa_Vista
BR America/Manaus
BR America/Eirunepe
BR America/Rio_Branco
BS America/Nassau EST EDT
BT Asia/Thimphu
BW Africa/Gaborone
BY Europe/Minsk
BZ America/Belize CST
CA America/St_Johns NST=-3:30 NDT=-2:30
CA America/Halifax AST ADT
CA America/Glace_Bay AST ADT
CA America/Moncton AST ADT
CA America/Goose_Bay AST ADT
CA America/Blanc-Sablon AST
CA America/Toronto EST EDT
CA America/Iqaluit EST EDT
CA America/Atikokan EST
CA America/Winnipeg CST CDT
CA America/Resolute CST CDT
CA America/Rankin_Inlet CST CDT
CA America/Regina CST
CA America/Swift_Current CST
CA America/Edmonton MST MDT
CA America/Cambridge_Bay MST MDT
CA America/Inuvik MST MDT
CA America/Creston MST
CA America/Dawson_Creek MST
CA America/Fort_Nelson MST
CA America/Whitehorse
CA America/Dawson
CA America/Vancouver PST PDT
CC Indian/Cocos
CD Africa/Kinshasa
CD Africa/Lubumbashi
CF Africa/Bangui
CG Africa/Brazzaville
CH Europe/Zurich CET CEST
CI Africa/Abidjan GMT
CK Pacific/Rarotonga
CL America/Santiago
CL America/Coyhaique
CL America/Punta_Arenas
CL Pacific/Easter
CM Africa/Douala
CN Asia/Shanghai
CN Asia/Urumqi
CO America/Bogota
CR America/Costa_Rica CST
CU America/Havana
CV Atlantic/Cape_Verde
CW America/Curacao AST
CX Indian/Christmas
CY Asia/Nicosia EET EEST
CY Asia/Famagusta EET EEST
CZ Europe/Prague CET CEST
DE Europe/Berlin CET CEST
DE Europe/Busingen CET CEST
DJ Africa/Djibouti
DK Europe/Copenhagen CET CEST
DM America/Dominica AST
DO America/Santo_Domingo AST
DZ Africa/Algiers CET
EC America/Guayaquil
EC Pacific/Galapagos
EE Europe/Tallinn EET EEST
EG Africa/Cairo EET EEST
EH Africa/El_Aaiun
ER Africa/Asmara
ES Europe/Madrid CET CEST
ES Africa/Ceuta CET CEST
ES Atlantic/Canary WET WEST
ET Africa/Addis_Ababa
FI Europe/Helsinki EET EEST
FJ Pacific/Fiji
FK Atlantic/Stanley
FM Pacific/Chuuk
FM Pacific/Pohnpei
FM Pacific/Kosrae
FO Atlantic/Faroe WET WEST
FR Europe/Paris CET CEST
GA Africa/Libreville
GB Europe/London GMT BST
GD America/Grenada AST
GE Asia/Tbilisi
GF America/Cayenne
GG Europe/Guernsey GMT
GH Africa/Accra GMT
GI Europe/Gibraltar CET CEST
GL America/Nuuk
GL America/Danmarkshavn GMT
GL America/Scoresbysund
GL America/Thule AST ADT
GM Africa/Banjul GMT
GN Africa/Conakry GMT
GP America/Guadeloupe AST
GQ Africa/Malabo
GR Europe/Athens EET EEST
GS Atlantic/South_Georgia
GT America/Guatemala CST
GU Pacific/Guam
GW Africa/Bissau GMT
GY America/Guyana
HK Asia/Hong_Kong HKT=+8
HN America/Tegucigalpa CST
HR Europe/Zagreb CET CEST
HT America/Port-au-Prince EST EDT
HU Europe/Budapest CET CEST
ID Asia/Jakarta WIB=+7
ID Asia/Pontianak
ID Asia/Makassar
ID Asia/Jayapura
IE Europe/Dublin GMT
IL Asia/Jerusalem
IM Europe/Isle_of_Man GMT
IN Asia/Kolkata IST=+5:30
IO Indian/Chagos
IQ Asia/Baghdad
IR Asia/Tehran IRST=+3:30
IS Atlantic/Reykjavik GMT
IT Europe/Rome CET CEST
JE Europe/Jersey GMT
JM America/Jamaica EST
JO Asia/Amman
JP Asia/Tokyo JST=+9
KE Africa/Nairobi EAT=+3
KG Asia/Bishkek
KH Asia/Phnom_Penh
KI Pacific/Tarawa
KI Pacific/Kanton
KI Pacific/Kiritimati
KM Indian/Comoro
KN America/St_Kitts AST
KP Asia/Pyongyang
KR Asia/Seoul KST=+9
KW Asia/Kuwait
KY America/Cayman EST
KZ Asia/Almaty
KZ Asia/Qyzylorda
KZ Asia/Qostanay
KZ Asia/Aqtobe
KZ Asia/Aqtau
KZ Asia/Atyrau
KZ Asia/Oral
LA Asia/Vientiane
LB Asia/Beirut EET EEST
LC America/St_Lucia AST
LI Europe/Vaduz CET CEST
LK Asia/Colombo
LR Africa/Monrovia GMT
LS Africa/Maseru
LT Europe/Vilnius EET EEST
LU Europe/Luxembourg CET CEST
LV Europe/Riga EET EEST
LY Africa/Tripoli EET
MA Africa/Casablanca
MC Europe/Monaco CET CEST
MD Europe/Chisinau EET EEST
ME Europe/Podgorica CET CEST
MF America/Marigot AST
MG Indian/Antananarivo
MH Pacific/Majuro
MH Pacific/Kwajalein
MK Europe/Skopje CET CEST
ML Africa/Bamako GMT
MM Asia/Yangon
MN Asia/Ulaanbaatar
MN Asia/Hovd
MO Asia/Macau
MP Pacific/Saipan
MQ America/Martinique AST
MR Africa/Nouakchott GMT
MS America/Montserrat AST
MT Europe/Malta CET CEST
MU Indian/Mauritius
MV Indian/Maldives
MW Africa/Blantyre
MX America/Mexico_City CST
MX America/Cancun EST
MX America/Merida CST
MX America/Monterrey CST
MX America/Matamoros CST CDT
MX America/Chihuahua CST
MX America/Ciudad_Juarez MST MDT
MX America/Ojinaga CST CDT
MX America/Mazatlan
MX America/Bahia_Banderas CST
MX America/Hermosillo
MX America/Tijuana PST PDT
MY Asia/Kuala_Lumpur MYT=+8
MY Asia/Kuching
MZ Africa/Maputo
NA Africa/Windhoek
NC Pacific/Noumea
NE Africa/Niamey
NF Pacific/Norfolk
NG Africa/Lagos WAT=+1
NI America/Managua CST
NL Europe/Amsterdam CET CEST
NO Europe/Oslo CET CEST
NP Asia/Kathmandu NPT=+5:45
NR Pacific/Nauru
NU Pacific/Niue
NZ Pacific/Auckland NZST=+12 NZDT=+13
NZ Pacific/Chatham
OM Asia/Muscat GST
PA America/Panama EST
PE America/Lima
PF Pacific/Tahiti
PF Pacific/Marquesas
PF Pacific/Gambier
PG Pacific/Port_Moresby
PG Pacific/Bougainville
PH Asia/Manila PHT=+8
PK Asia/Karachi PKT=+5
PL Europe/Warsaw CET CEST
PM America/Miquelon
PN Pacific/Pitcairn
PR America/Puerto_Rico AST
PS Asia/Gaza EET EEST
PS Asia/Hebron EET EEST
PT Europe/Lisbon WET WEST
PT Atlantic/Madeira WET WEST
PT Atlantic/Azores
PW Pacific/Palau
PY America/Asuncion
QA Asia/Qatar
RE Indian/Reunion
RO Europe/Bucharest EET EEST
RS Europe/Belgrade CET CEST
RU Europe/Kaliningrad EET
RU Europe/Moscow MSK=+3
UA Europe/Simferopol
RU Europe/Kirov
RU Europe/Volgograd
RU Europe/Astrakhan
RU Europe/Saratov
RU Europe/Ulyanovsk
RU Europe/Samara
RU Asia/Yekaterinburg
RU Asia/Omsk
RU Asia/Novosibirsk
RU Asia/Barnaul
RU Asia/Tomsk
RU Asia/Novokuznetsk
RU Asia/Krasnoyarsk
RU Asia/Irkutsk
RU Asia/Chita
RU Asia/Yakutsk
RU Asia/Khandyga
RU Asia/Vladivostok
RU Asia/Ust-Nera
RU Asia/Magadan
RU Asia/Sakhalin
RU Asia/Srednekolymsk
RU Asia/Kamchatka
RU Asia/Anadyr
RW Africa/Kigali
SA Asia/Riyadh
SB Pacific/Guadalcanal
SC Indian/Mahe
SD Africa/Khartoum
SE Europe/Stockholm CET CEST
SG Asia/Singapore SGT=+8
SH Atlantic/St_Helena GMT
SI Europe/Ljubljana CET CEST
SJ Arctic/Longyearbyen CET CEST
SK Europe/Bratislava CET CEST
SL Africa/Freetown GMT
SM Europe/San_Marino CET CEST
SN Africa/Dakar GMT
SO Africa/Mogadishu
SR America/Paramaribo
SS Africa/Juba
ST Africa/Sao_Tome GMT
SV America/El_Salvador CST
SX America/Lower_Princes AST
SY Asia/Damascus
SZ Africa/Mbabane
TC America/Grand_Turk EST EDT
TD Africa/Ndjamena
TF Indian/Kerguelen
TG Africa/Lome GMT
TH Asia/Bangkok ICT=+7
TJ Asia/Dushanbe
TK Pacific/Fakaofo
TL Asia/Dili
TM Asia/Ashgabat
TN Africa/Tunis CET
TO Pacific/Tongatapu
TR Europe/Istanbul TRT=+3
TT America/Port_of_Spain AST
TV Pacific/Funafuti
TW Asia/Taipei
TZ Africa/Dar_es_Salaam
UA Europe/Kyiv EET EEST
UG Africa/Kampala
UM Pacific/Midway
UM Pacific/Wake
US America/New_York EST EDT
US America/Detroit EST EDT
US America/Kentucky/Louisville EST EDT
US America/Kentucky/Monticello EST EDT
US America/Indiana/Indianapolis EST EDT
US America/Indiana/Vincennes EST EDT
US America/Indiana/Winamac EST EDT
US America/Indiana/Marengo EST EDT
US America/Indiana/Petersburg EST EDT
US America/Indiana/Vevay EST EDT
US America/Chicago CST CDT
US America/Indiana/Tell_City CST CDT
US America/Indiana/Knox CST CDT
US America/Menominee CST CDT
US America/North_Dakota/Center CST CDT
US America/North_Dakota/New_Salem CST CDT
US America/North_Dakota/Beulah CST CDT
US America/Denver MST MDT
US America/Boise MST MDT
US America/Phoenix MST
US America/Los_Angeles PST PDT
US America/Anchorage AKST AKDT
US America/Juneau AKST AKDT
US America/Sitka AKST AKDT
US America/Metlakatla AKST AKDT
US America/Yakutat AKST AKDT
US America/Nome AKST AKDT
US America/Adak HAST HADT
US Pacific/Honolulu HST
UY America/Montevideo
UZ Asia/Samarkand
UZ Asia/Tashkent
VA Europe/Vatican CET CEST
VC America/St_Vincent AST
VE America/Caracas
VG America/Tortola AST
VI America/St_Thomas AST
VN Asia/Ho_Chi_Minh ICT=+7
VU Pacific/Efate
WF Pacific/Wallis
WS Pacific/Apia
YE Asia/Aden
YT Indian/Mayotte
ZA Africa/Johannesburg SAST=+2
ZM Africa/Lusaka
ZW Africa/Harare
`;

/** Other names people type for a zone: cities that share it, old spellings, the regions' own names for the time. */
export const ZONE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "America/New_York": ["Eastern", "Eastern Time", "Boston", "Washington", "Miami", "Atlanta", "Philadelphia"],
  "America/Chicago": ["Central", "Central Time", "Dallas", "Houston", "Austin", "Minneapolis"],
  "America/Denver": ["Mountain", "Mountain Time", "Salt Lake City", "Colorado"],
  "America/Phoenix": ["Arizona"],
  "America/Los_Angeles": ["Pacific", "Pacific Time", "San Francisco", "Seattle", "San Diego", "Portland", "California"],
  "America/Anchorage": ["Alaska"],
  "Pacific/Honolulu": ["Hawaii"],
  "America/Toronto": ["Ottawa", "Montreal", "Quebec", "Ontario"],
  "America/Vancouver": ["British Columbia"],
  "America/Sao_Paulo": ["Rio de Janeiro", "Brasilia"],
  "America/Mexico_City": ["Guadalajara"],
  "Europe/London": ["Edinburgh", "Manchester", "Cardiff", "Belfast"],
  "Europe/Berlin": ["Munich", "Frankfurt", "Hamburg"],
  "Europe/Zurich": ["Geneva", "Bern"],
  "Europe/Kyiv": ["Kiev"],
  "Europe/Istanbul": ["Ankara"],
  "Asia/Kolkata": [
    "Mumbai",
    "Bombay",
    "Delhi",
    "New Delhi",
    "Bengaluru",
    "Bangalore",
    "Chennai",
    "Madras",
    "Hyderabad",
    "Calcutta",
  ],
  "Asia/Karachi": ["Lahore", "Islamabad"],
  "Asia/Dubai": ["Abu Dhabi"],
  "Asia/Shanghai": ["Beijing", "Shenzhen", "Guangzhou"],
  "Asia/Ho_Chi_Minh": ["Saigon", "Hanoi"],
  "Asia/Yangon": ["Rangoon"],
  "Asia/Tokyo": ["Osaka", "Kyoto"],
  "Asia/Jerusalem": ["Tel Aviv"],
  "Asia/Riyadh": ["Jeddah"],
  "Africa/Lagos": ["Abuja"],
  "Australia/Sydney": ["Canberra", "New South Wales"],
  "Australia/Melbourne": ["Victoria"],
  "Australia/Brisbane": ["Queensland"],
  "Australia/Hobart": ["Tasmania"],
  "Pacific/Auckland": ["Wellington"],
  UTC: ["Coordinated Universal Time", "Universal", "Zulu"],
};

/** Names people use for a country that are not the one Intl.DisplayNames gives ("United States", "Czechia"). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ["USA", "US", "America", "United States of America"],
  GB: ["UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  AE: ["UAE", "Emirates"],
  KR: ["Korea"],
  NL: ["Holland"],
  CZ: ["Czech Republic"],
  CN: ["PRC"],
};

/** Where a zone's last name part is not how the city is written. */
export const CITY_NAMES: Readonly<Record<string, string>> = {
  "America/St_Johns": "St. John's",
  "Antarctica/DumontDUrville": "Dumont d'Urville",
  "Asia/Ho_Chi_Minh": "Ho Chi Minh City",
};

/**
 * The zones most people live on the clocks of, roughly most first. A search that matches several zones equally well
 * lists these first, in this order ("EST" finds New York before Panama, "United States" starts with New York).
 */
export const PROMINENT_ZONES: readonly string[] = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Chicago",
  "Europe/London",
  "Asia/Kolkata",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Europe/Paris",
  "Europe/Berlin",
  "America/Sao_Paulo",
  "America/Mexico_City",
  "America/Toronto",
  "America/Denver",
  "America/Phoenix",
  "Australia/Sydney",
  "Asia/Singapore",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Dhaka",
  "Asia/Jakarta",
  "Asia/Manila",
  "Asia/Seoul",
  "Asia/Hong_Kong",
  "Asia/Bangkok",
  "Africa/Lagos",
  "Africa/Cairo",
  "Africa/Johannesburg",
  "Africa/Nairobi",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Amsterdam",
  "Europe/Brussels",
  "Europe/Zurich",
  "Europe/Stockholm",
  "Europe/Warsaw",
  "Europe/Istanbul",
  "Europe/Moscow",
  "Europe/Kyiv",
  "Europe/Athens",
  "Europe/Helsinki",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Asia/Jerusalem",
  "Asia/Riyadh",
  "America/Bogota",
  "America/Lima",
  "America/Santiago",
  "America/Argentina/Buenos_Aires",
  "America/Vancouver",
  "America/Halifax",
  "America/St_Johns",
  "America/Anchorage",
  "Pacific/Honolulu",
  "Australia/Melbourne",
  "Australia/Brisbane",
  "Australia/Perth",
  "Australia/Adelaide",
  "Pacific/Auckland",
  "UTC",
];

export interface ZoneFacts {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Every abbreviation the zone goes by during the year: "EST", "EDT". */
  abbreviations: string[];
  /** Ours only, by the offset they stand for as Intl writes it: "GMT+5:30" → "IST". */
  abbreviationAtOffset: ReadonlyMap<string, string>;
}

let factsByZone: Map<string, ZoneFacts> | undefined;

/** What the table says about a zone, by its current IANA name; undefined for zones it does not list (UTC). */
export function zoneFacts(zone: string): ZoneFacts | undefined {
  factsByZone ??= new Map(ZONE_TABLE.trim().split("\n").map(readRow));
  return factsByZone.get(zone);
}

function readRow(row: string): [string, ZoneFacts] {
  const [country = "", zone = "", ...names] = row.split(" ");
  const abbreviationAtOffset = new Map<string, string>();
  const abbreviations = names.map((name) => {
    const [abbreviation = name, offset] = name.split("=");
    if (offset) abbreviationAtOffset.set(`GMT${offset}`, abbreviation);
    return abbreviation;
  });
  return [zone, { country, abbreviations, abbreviationAtOffset }];
}
