#!/usr/bin/env node
// Generates data/lexicons/{en,nl,fr,de,es,ar,it,pt}/countries.tsv and data/geo/capitals.tsv.
//
//   cd data/build && npm install && node gen_countries.mjs [--verbose]
//
// Sources (read at build time, nothing copied by hand):
//   npm i18n-iso-countries (MIT)        names and aliases, {select: "all"}
//   npm world-countries (ODbL)          common + official names (en nl fr de es ar it pt),
//                                       English capitals
//   node's ICU (Intl.DisplayNames)      CLDR long/short/narrow region names
//   Debian iso-codes (LGPL-2.1+)        ISO 3166-1 list, official names + .mo translations
//   GeoNames cities15000 (CC BY 4.0)    capitals (feature code PPLC), coordinates, population
//     via Debian libtimezonemap-data, /usr/share/libtimezonemap/ui/
//   GeoNames city names per locale      Debian libgeonames-common geonames.mo, keyed by geonameid
//   hunspell word lists (en_US nl fr de_DE es_ES ar it_IT pt_PT) only to flag names that are ordinary
//                                       lower-case words (Arabic has no case: every hit is only logged)
//
// Every decision that is not mechanical (aliases added, names dropped, conflicts resolved)
// is in the tables below; everything dropped or resolved is logged to stderr.
// Kosovo is not in ISO 3166-1; it is included with the user-assigned codes XK / XKX
// (as used by the European Commission and the World Bank).
// A phrase that demonyms.tsv (curated) already maps to another country is not emitted here.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const LEX = path.join(ROOT, 'data', 'lexicons');
const GEO = path.join(ROOT, 'data', 'geo');
const VERBOSE = process.argv.includes('--verbose');

const GEONAMES_DIR = '/usr/share/libtimezonemap/ui';
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const LOCALE_DIR = '/usr/share/locale';
const HUNSPELL = { en: '/usr/share/hunspell/en_US.dic', nl: '/usr/share/hunspell/nl.dic', fr: '/usr/share/hunspell/fr.dic',
  de: '/usr/share/hunspell/de_DE.dic', es: '/usr/share/hunspell/es_ES.dic', ar: '/usr/share/hunspell/ar.dic',
  it: '/usr/share/hunspell/it_IT.dic', pt: '/usr/share/hunspell/pt_PT.dic' };
const LANGS = ['en', 'nl', 'fr', 'de', 'es', 'ar', 'it', 'pt'];
// world-countries translation keys
const WC_LANG = { en: null, nl: 'nld', fr: 'fra', de: 'deu', es: 'spa', ar: 'ara', it: 'ita', pt: 'por' };

const i18n = require('i18n-iso-countries');
const worldCountries = require('world-countries');
const pkgVersion = (name) => require(`${name}/package.json`).version;

function log(...a) { process.stderr.write(a.join(' ') + '\n'); }
function vlog(...a) { if (VERBOSE) log(...a); }

// ---------------------------------------------------------------- hand-made tables

// Extra names per language (kind `name`); each [phrase, iso3].
const EXTRA_NAMES = {
  en: [
    // "US" alone is the pronoun "us" once case-folded; "the US" is kept (the pronoun never follows "the")
    ['U.S.', 'USA'], ['U.S.A.', 'USA'], ['USA', 'USA'], ['United States', 'USA'], ['the US', 'USA'],
    ['UK', 'GBR'], ['U.K.', 'GBR'], ['Britain', 'GBR'], ['Great Britain', 'GBR'], ['England', 'GBR'],
    ['Northern Ireland', 'GBR'], ['New Mexico', 'USA'],
    ['UAE', 'ARE'], ['Emirates', 'ARE'], ['DRC', 'COD'], ['DR Congo', 'COD'], ['D.R. Congo', 'COD'],
    ['Congo-Kinshasa', 'COD'], ['Congo-Brazzaville', 'COG'], ['Congo Republic', 'COG'],
    ['Holland', 'NLD'], ['Burma', 'MMR'], ['Ivory Coast', 'CIV'], ['Cabo Verde', 'CPV'], ['Cape Verde', 'CPV'],
    ['Czech Republic', 'CZE'], ['Swaziland', 'SWZ'], ['East Timor', 'TLS'], ['Vatican', 'VAT'], ['Holy See', 'VAT'],
    ['Macedonia', 'MKD'], ['Russia', 'RUS'], ['Syria', 'SYR'], ['Laos', 'LAO'], ['Moldova', 'MDA'],
    ['South Korea', 'KOR'], ['North Korea', 'PRK'], ['Vietnam', 'VNM'], ['Viet Nam', 'VNM'], ['Brunei', 'BRN'],
    ['Bosnia', 'BIH'], ['Herzegovina', 'BIH'], ['Papua New Guinea', 'PNG'], ['New Guinea', 'PNG'],
    ['Saudi Arabia', 'SAU'], ['Turkiye', 'TUR'], ['Türkiye', 'TUR'], ['Belarus', 'BLR'], ['Byelorussia', 'BLR'],
    ['Kyrgyzstan', 'KGZ'], ['Kirghizia', 'KGZ'], ['Micronesia', 'FSM'], ['Federated States of Micronesia', 'FSM'],
    ['Palestinian territories', 'PSE'], ['Palestinian Authority', 'PSE'], ['Kosovo', 'XKX'], ['Republic of Kosovo', 'XKX'],
    ['Western Sahara', 'ESH'], ['Sahrawi Arab Democratic Republic', 'ESH'], ['Taiwan', 'TWN'], ['Republic of China', 'TWN'],
    ['Mainland China', 'CHN'], ['Eswatini', 'SWZ'], ['Timor-Leste', 'TLS'],
  ],
  nl: [
    ['VS', 'USA'], ['V.S.', 'USA'], ['VK', 'GBR'], ['Groot-Brittannië', 'GBR'], ['Brittannië', 'GBR'], ['Engeland', 'GBR'],
    ['Noord-Ierland', 'GBR'], ['New Mexico', 'USA'],
    ['VAE', 'ARE'], ['Emiraten', 'ARE'], ['DRC', 'COD'], ['DR Congo', 'COD'], ['Democratische Republiek Congo', 'COD'],
    ['Republiek Congo', 'COG'], ['Holland', 'NLD'], ['Birma', 'MMR'], ['Burma', 'MMR'], ['Ivoorkust', 'CIV'],
    ['Kaapverdië', 'CPV'], ['Tsjechische Republiek', 'CZE'], ['Swaziland', 'SWZ'], ['Oost-Timor', 'TLS'],
    ['Vaticaan', 'VAT'], ['Heilige Stoel', 'VAT'], ['Macedonië', 'MKD'], ['Zuid-Korea', 'KOR'], ['Noord-Korea', 'PRK'],
    ['Saoedi-Arabië', 'SAU'], ['Wit-Rusland', 'BLR'], ['Belarus', 'BLR'], ['Bosnië', 'BIH'], ['Bosnië-Herzegovina', 'BIH'],
    ['Palestijnse gebieden', 'PSE'], ['Palestijnse Autoriteit', 'PSE'], ['Kosovo', 'XKX'], ['Westelijke Sahara', 'ESH'],
    ['Taiwan', 'TWN'], ['Guinee', 'GIN'], ['Papoea-Nieuw-Guinea', 'PNG'], ['Nieuw-Guinea', 'PNG'], ['Turkije', 'TUR'],
    ['Kirgizië', 'KGZ'], ['Kirgizstan', 'KGZ'], ['Moldavië', 'MDA'], ['Moldova', 'MDA'], ['Eswatini', 'SWZ'],
    ['Sudan', 'SDN'], ['Zuid-Sudan', 'SSD'],
  ],
  fr: [
    ['É.-U.', 'USA'], ['USA', 'USA'],
    ['Grande-Bretagne', 'GBR'], ['Angleterre', 'GBR'], ['Irlande du Nord', 'GBR'], ['R.-U.', 'GBR'],
    ['Nouveau-Mexique', 'USA'],
    ['Émirats', 'ARE'], ['RDC', 'COD'], ['RD Congo', 'COD'], ['Congo-Kinshasa', 'COD'], ['Congo-Brazzaville', 'COG'],
    ['RCA', 'CAF'], ['Centrafrique', 'CAF'], ['Birmanie', 'MMR'], ['Côte d\'Ivoire', 'CIV'], ['Cap-Vert', 'CPV'],
    ['République tchèque', 'CZE'], ['Tchéquie', 'CZE'], ['Swaziland', 'SWZ'], ['Timor oriental', 'TLS'],
    ['Vatican', 'VAT'], ['Saint-Siège', 'VAT'], ['Macédoine', 'MKD'], ['Macédoine du Nord', 'MKD'],
    ['Corée du Sud', 'KOR'], ['Corée du Nord', 'PRK'], ['Arabie saoudite', 'SAU'], ['Biélorussie', 'BLR'], ['Bélarus', 'BLR'],
    ['Bosnie', 'BIH'], ['Territoires palestiniens', 'PSE'], ['Autorité palestinienne', 'PSE'], ['Kosovo', 'XKX'],
    ['Sahara occidental', 'ESH'], ['Taïwan', 'TWN'], ['Taiwan', 'TWN'], ['Papouasie-Nouvelle-Guinée', 'PNG'],
    ['Nouvelle-Guinée', 'PNG'], ['Turquie', 'TUR'], ['Kirghizistan', 'KGZ'], ['Moldavie', 'MDA'], ['Moldova', 'MDA'],
    ['île Maurice', 'MUS'], ['République de Maurice', 'MUS'], ['île de la Réunion', 'REU'], ['Eswatini', 'SWZ'],
    ['République dominicaine', 'DOM'], ['Commonwealth de la Dominique', 'DMA'], ['État de la Grenade', 'GRD'],
    ['île de la Grenade', 'GRD'],
  ],
  de: [
    ['USA', 'USA'], ['US', 'USA'], ['Vereinigte Staaten', 'USA'], ['Großbritannien', 'GBR'], ['England', 'GBR'],
    ['Nordirland', 'GBR'], ['VAE', 'ARE'], ['Emirate', 'ARE'], ['DR Kongo', 'COD'], ['Kongo', 'COD'],
    ['Demokratische Republik Kongo', 'COD'], ['Kongo-Kinshasa', 'COD'], ['Republik Kongo', 'COG'],
    ['Kongo-Brazzaville', 'COG'], ['Holland', 'NLD'], ['Birma', 'MMR'], ['Burma', 'MMR'], ['Elfenbeinküste', 'CIV'],
    ['Kap Verde', 'CPV'], ['Kapverden', 'CPV'], ['Tschechische Republik', 'CZE'], ['Swasiland', 'SWZ'],
    ['Osttimor', 'TLS'], ['Vatikan', 'VAT'], ['Heiliger Stuhl', 'VAT'], ['Mazedonien', 'MKD'], ['Nordmazedonien', 'MKD'],
    ['Südkorea', 'KOR'], ['Nordkorea', 'PRK'], ['Saudi-Arabien', 'SAU'], ['Weißrussland', 'BLR'], ['Belarus', 'BLR'],
    ['Bosnien', 'BIH'], ['Bosnien-Herzegowina', 'BIH'], ['Palästinensische Gebiete', 'PSE'],
    ['Palästinensische Autonomiegebiete', 'PSE'], ['Palästinensische Autonomiebehörde', 'PSE'], ['Kosovo', 'XKX'],
    ['Westsahara', 'ESH'], ['Taiwan', 'TWN'], ['Papua-Neuguinea', 'PNG'], ['Türkei', 'TUR'], ['Kirgistan', 'KGZ'],
    ['Kirgisien', 'KGZ'], ['Moldau', 'MDA'], ['Moldawien', 'MDA'], ['Republik Moldau', 'MDA'], ['Eswatini', 'SWZ'],
    ['Timor-Leste', 'TLS'], ['Volksrepublik China', 'CHN'], ['Myanmar', 'MMR'],
  ],
  es: [
    ['EE. UU.', 'USA'], ['EE.UU.', 'USA'], ['EEUU', 'USA'], ['Estados Unidos', 'USA'], ['Gran Bretaña', 'GBR'],
    ['Inglaterra', 'GBR'], ['Irlanda del Norte', 'GBR'], ['Reino Unido', 'GBR'], ['EAU', 'ARE'], ['Emiratos', 'ARE'],
    ['RDC', 'COD'], ['RD Congo', 'COD'], ['República Democrática del Congo', 'COD'], ['Congo-Kinshasa', 'COD'],
    ['República del Congo', 'COG'], ['Congo-Brazzaville', 'COG'], ['Holanda', 'NLD'], ['Birmania', 'MMR'],
    ['Costa de Marfil', 'CIV'], ['República Checa', 'CZE'], ['Suazilandia', 'SWZ'], ['Timor Oriental', 'TLS'],
    ['Vaticano', 'VAT'], ['Santa Sede', 'VAT'], ['Macedonia', 'MKD'], ['Macedonia del Norte', 'MKD'],
    ['Corea del Sur', 'KOR'], ['Corea del Norte', 'PRK'], ['Arabia Saudí', 'SAU'], ['Arabia Saudita', 'SAU'],
    ['Bielorrusia', 'BLR'], ['Belarús', 'BLR'], ['Bosnia', 'BIH'], ['Bosnia-Herzegovina', 'BIH'],
    ['Territorios Palestinos', 'PSE'], ['Autoridad Palestina', 'PSE'], ['Autoridad Nacional Palestina', 'PSE'],
    ['Kosovo', 'XKX'], ['Sáhara Occidental', 'ESH'], ['RASD', 'ESH'], ['Taiwán', 'TWN'], ['Papúa Nueva Guinea', 'PNG'],
    ['Turquía', 'TUR'], ['Kirguistán', 'KGZ'], ['Moldavia', 'MDA'], ['Moldova', 'MDA'], ['Esuatini', 'SWZ'],
    ['Qatar', 'QAT'], ['Bahréin', 'BHR'], ['Irak', 'IRQ'], ['Iraq', 'IRQ'], ['Yibuti', 'DJI'], ['Kenia', 'KEN'],
  ],
  ar: [
    ['الولايات المتحدة', 'USA'], ['الولايات المتحدة الأمريكية', 'USA'], ['الولايات المتحدة الأميركية', 'USA'],
    ['بريطانيا', 'GBR'], ['بريطانيا العظمى', 'GBR'], ['إنجلترا', 'GBR'], ['إنكلترا', 'GBR'],
    ['أيرلندا الشمالية', 'GBR'], ['إيرلندا الشمالية', 'GBR'], ['الكونغو', 'COD'], ['الكونجو', 'COD'],
    ['الكونغو الديمقراطية', 'COD'], ['الكونغو الديموقراطية', 'COD'], ['الكونغو كينشاسا', 'COD'],
    ['الكونغو برازافيل', 'COG'], ['كوت ديفوار', 'CIV'], ['تشيكيا', 'CZE'], ['الكرسي الرسولي', 'VAT'],
    ['مقدونيا', 'MKD'], ['البوسنة', 'BIH'], ['السلطة الفلسطينية', 'PSE'], ['السلطة الوطنية الفلسطينية', 'PSE'],
    ['الجمهورية الصحراوية', 'ESH'], ['قرغيزستان', 'KGZ'], ['مولدافيا', 'MDA'], ['الفيليبين', 'PHL'],
    ['سيريلانكا', 'LKA'], ['أثيوبيا', 'ETH'], ['أريتريا', 'ERI'], ['الدومينيكان', 'DOM'], ['سورية', 'SYR'],
    ['إيرلندا', 'IRL'], ['أيسلندا', 'ISL'], ['إيسلندا', 'ISL'], ['المالديف', 'MDV'], ['كوسوفا', 'XKX'],
    ['بوركينافاسو', 'BFA'], ['أنجولا', 'AGO'], ['الجابون', 'GAB'], ['جامبيا', 'GMB'], ['جواتيمالا', 'GTM'],
    ['أوجندا', 'UGA'], ['بولونيا', 'POL'], ['أسبانيا', 'ESP'], ['أوروجواي', 'URY'], ['باراجواي', 'PRY'],
    ['شيلي', 'CHL'], ['كوريا الجنوبية', 'KOR'], ['كوريا الشمالية', 'PRK'], ['روسيا البيضاء', 'BLR'],
    ['ميانمار', 'MMR'], ['بورما', 'MMR'], ['تيمور الشرقية', 'TLS'], ['إسواتيني', 'SWZ'], ['سوازيلاند', 'SWZ'],
    ['الأراضي الفلسطينية', 'PSE'], ['الصحراء الغربية', 'ESH'], ['تايوان', 'TWN'],
  ],
  it: [
    ['USA', 'USA'], ['Stati Uniti', 'USA'], ['Gran Bretagna', 'GBR'], ['Inghilterra', 'GBR'], ['Irlanda del Nord', 'GBR'],
    ['EAU', 'ARE'], ['Emirati', 'ARE'], ['RDC', 'COD'], ['RD Congo', 'COD'], ['Repubblica Democratica del Congo', 'COD'],
    ['Congo-Kinshasa', 'COD'], ['Repubblica del Congo', 'COG'], ['Congo-Brazzaville', 'COG'], ['Olanda', 'NLD'],
    ['Birmania', 'MMR'], ['Costa d\'Avorio', 'CIV'], ['Repubblica Ceca', 'CZE'], ['Swaziland', 'SWZ'],
    ['Timor Est', 'TLS'], ['Vaticano', 'VAT'], ['Santa Sede', 'VAT'], ['Macedonia', 'MKD'],
    ['Macedonia del Nord', 'MKD'], ['Corea del Sud', 'KOR'], ['Corea del Nord', 'PRK'], ['Arabia Saudita', 'SAU'],
    ['Bielorussia', 'BLR'], ['Bosnia', 'BIH'], ['Bosnia-Erzegovina', 'BIH'], ['Territori palestinesi', 'PSE'],
    ['Autorità palestinese', 'PSE'], ['Autorità nazionale palestinese', 'PSE'], ['Kosovo', 'XKX'],
    ['Sahara Occidentale', 'ESH'], ['Taiwan', 'TWN'], ['Papua Nuova Guinea', 'PNG'], ['Turchia', 'TUR'],
    ['Kirghizistan', 'KGZ'], ['Kirghizia', 'KGZ'], ['Moldavia', 'MDA'], ['Moldova', 'MDA'], ['Eswatini', 'SWZ'],
    ['Francia', 'FRA'], ['Principato di Monaco', 'MCO'], ['Sudafrica', 'ZAF'], ['Kazakhstan', 'KAZ'],
  ],
  pt: [
    ['EUA', 'USA'], ['Estados Unidos', 'USA'], ['Grã-Bretanha', 'GBR'], ['Inglaterra', 'GBR'], ['Irlanda do Norte', 'GBR'],
    ['Reino Unido', 'GBR'], ['EAU', 'ARE'], ['Emirados', 'ARE'], ['RDC', 'COD'], ['RD Congo', 'COD'], ['Congo', 'COD'],
    ['República Democrática do Congo', 'COD'], ['Congo-Kinshasa', 'COD'], ['República do Congo', 'COG'],
    ['Congo-Brazzaville', 'COG'], ['Holanda', 'NLD'], ['Países Baixos', 'NLD'], ['Birmânia', 'MMR'],
    ['Costa do Marfim', 'CIV'], ['República Checa', 'CZE'], ['República Tcheca', 'CZE'], ['Chéquia', 'CZE'],
    ['Suazilândia', 'SWZ'], ['Timor-Leste', 'TLS'], ['Timor Leste', 'TLS'], ['Vaticano', 'VAT'], ['Santa Sé', 'VAT'],
    ['Macedónia', 'MKD'], ['Macedônia', 'MKD'], ['Coreia do Sul', 'KOR'], ['Coreia do Norte', 'PRK'],
    ['Arábia Saudita', 'SAU'], ['Bielorrússia', 'BLR'], ['Belarus', 'BLR'], ['Bósnia', 'BIH'],
    ['Territórios Palestinos', 'PSE'], ['Territórios Palestinianos', 'PSE'], ['Autoridade Palestina', 'PSE'],
    ['Autoridade Palestiniana', 'PSE'], ['Autoridade Nacional Palestina', 'PSE'], ['Kosovo', 'XKX'],
    ['Saara Ocidental', 'ESH'], ['Sara Ocidental', 'ESH'], ['RASD', 'ESH'], ['Taiwan', 'TWN'],
    ['Papua-Nova Guiné', 'PNG'], ['Turquia', 'TUR'], ['Quirguistão', 'KGZ'], ['Moldávia', 'MDA'], ['Moldova', 'MDA'],
    ['Eswatini', 'SWZ'], ['Essuatíni', 'SWZ'], ['Vietnã', 'VNM'], ['Vietname', 'VNM'], ['Irã', 'IRN'], ['Irão', 'IRN'],
    ['Iraque', 'IRQ'], ['Coveite', 'KWT'], ['Kuwait', 'KWT'], ['Catar', 'QAT'], ['Qatar', 'QAT'], ['Barém', 'BHR'],
    ['Bahrein', 'BHR'], ['Cazaquistão', 'KAZ'],
  ],
};

// Extra capital phrases per language (kind `capital`); seats of government and common variants.
const EXTRA_CAPITALS = {
  en: [['Washington', 'USA'], ['Washington, D.C.', 'USA'], ['Washington D.C.', 'USA'], ['Kyiv', 'UKR'], ['Kiev', 'UKR'],
    ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'], ['Naypyitaw', 'MMR'], ['Ulan Bator', 'MNG'], ['Nur-Sultan', 'KAZ'],
    ['Jerusalem', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'], ['Laayoune', 'ESH'], ['Laâyoune', 'ESH'],
    ['Brasilia', 'BRA'], ['Bogota', 'COL'], ['Sana\'a', 'YEM'], ['Sanaa', 'YEM'], ['Tehran', 'IRN'], ['Gitega', 'BDI']],
  nl: [['Washington', 'USA'], ['Kyiv', 'UKR'], ['Kiev', 'UKR'], ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'],
    ['Nur-Sultan', 'KAZ'], ['Jeruzalem', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'], ['Laayoune', 'ESH'],
    ['Brasilia', 'BRA'], ['Sanaa', 'YEM'], ['Teheran', 'IRN'], ['Gitega', 'BDI'], ['Peking', 'CHN'], ['Beijing', 'CHN'],
    ['Santo Domingo', 'DOM'], ['Manama', 'BHR'], ['Muscat', 'OMN'], ['Phnom Penh', 'KHM'], ['N\'Djamena', 'TCD'],
    ['Santiago', 'CHL'], ['Seoul', 'KOR'], ['Mexico-Stad', 'MEX'], ['Tarawa', 'KIR']],
  fr: [['Washington', 'USA'], ['Kiev', 'UKR'], ['Kyiv', 'UKR'], ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'],
    ['Nur-Sultan', 'KAZ'], ['Jérusalem', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'], ['Laâyoune', 'ESH'],
    ['Laayoune', 'ESH'], ['Brasilia', 'BRA'], ['Sanaa', 'YEM'], ['Téhéran', 'IRN'], ['Gitega', 'BDI'], ['Pékin', 'CHN'],
    ['Oulan-Bator', 'MNG'], ['Saint-Domingue', 'DOM'], ['Caire', 'EGY'], ['N\'Djamena', 'TCD'], ['Santiago', 'CHL'],
    ['Chisinau', 'MDA'], ['Chișinău', 'MDA'], ['St. George\'s', 'GRD'], ['Saint George\'s', 'GRD']],
  de: [['Washington', 'USA'], ['Washington, D.C.', 'USA'], ['Kiew', 'UKR'], ['Kyjiw', 'UKR'], ['Kyiw', 'UKR'],
    ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'], ['Naypyitaw', 'MMR'], ['Ulan-Bator', 'MNG'], ['Ulaanbaatar', 'MNG'],
    ['Astana', 'KAZ'], ['Nur-Sultan', 'KAZ'], ['Jerusalem', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'],
    ['Laâyoune', 'ESH'], ['Brasília', 'BRA'], ['Bogotá', 'COL'], ['Sanaa', 'YEM'], ['Teheran', 'IRN'], ['Gitega', 'BDI'],
    ['Peking', 'CHN'], ['Beijing', 'CHN'], ['Santiago', 'CHL'], ['Neu-Delhi', 'IND'], ['New Delhi', 'IND'],
    ['Muskat', 'OMN'], ['Maskat', 'OMN'], ['Riad', 'SAU'], ['Kairo', 'EGY'], ['Tiflis', 'GEO'], ['Tbilissi', 'GEO'],
    ['Taipeh', 'TWN'], ['Abu Dhabi', 'ARE'], ['Santo Domingo', 'DOM'], ['Tarawa', 'KIR'], ['Seoul', 'KOR'],
    ['Mexiko-Stadt', 'MEX'], ['Chișinău', 'MDA'], ['Kischinau', 'MDA'], ['Bischkek', 'KGZ'], ['Pjöngjang', 'PRK'],
    ['Jaunde', 'CMR'], ['Yaoundé', 'CMR'], ['Tripolis', 'LBY'], ['Damaskus', 'SYR'], ['Bagdad', 'IRQ'], ['Beirut', 'LBN'],
    ['Amman', 'JOR'], ['Khartum', 'SDN'], ['Algier', 'DZA'], ['Tunis', 'TUN']],
  es: [['Washington', 'USA'], ['Kiev', 'UKR'], ['Kyiv', 'UKR'], ['Naipyidó', 'MMR'], ['Naypyidaw', 'MMR'],
    ['Astaná', 'KAZ'], ['Astana', 'KAZ'], ['Jerusalén', 'ISR'], ['Ramala', 'PSE'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'],
    ['El Aaiún', 'ESH'], ['Brasilia', 'BRA'], ['Bogotá', 'COL'], ['Saná', 'YEM'], ['Sanaa', 'YEM'], ['Teherán', 'IRN'],
    ['Gitega', 'BDI'], ['Pekín', 'CHN'], ['Beijing', 'CHN'], ['Santiago de Chile', 'CHL'], ['Seúl', 'KOR'],
    ['Ciudad de México', 'MEX'], ['Nueva Delhi', 'IND'], ['Abu Dabi', 'ARE'], ['Abu Dhabi', 'ARE'], ['Riad', 'SAU'],
    ['Riyad', 'SAU'], ['El Cairo', 'EGY'], ['Argel', 'DZA'], ['Trípoli', 'LBY'], ['Jartum', 'SDN'], ['Bagdad', 'IRQ'],
    ['Damasco', 'SYR'], ['Beirut', 'LBN'], ['Ammán', 'JOR'], ['Kabul', 'AFG'], ['Islamabad', 'PAK'], ['Doha', 'QAT'],
    ['Mascate', 'OMN'], ['Manama', 'BHR'], ['La Habana', 'CUB'], ['Habana', 'CUB'], ['La Valeta', 'MLT'],
    ['Valletta', 'MLT'], ['Pionyang', 'PRK'], ['Pyongyang', 'PRK'], ['Taipéi', 'TWN'], ['Yamena', 'TCD'],
    ['Chisináu', 'MDA'], ['Chisinau', 'MDA'], ['Tiflis', 'GEO'], ['Kuala Lumpur', 'MYS'], ['Yakarta', 'IDN']],
  ar: [['واشنطن', 'USA'], ['الرباط', 'MAR'], ['الخرطوم', 'SDN'], ['نواكشوط', 'MRT'], ['انواكشوط', 'MRT'],
    ['بانغي', 'CAF'], ['بانجي', 'CAF'], ['كوناكري', 'GIN'], ['دوشنبه', 'TJK'], ['دوشانبي', 'TJK'], ['كينغستون', 'JAM'],
    ['نايبيداو', 'MMR'], ['نايبيتاو', 'MMR'], ['مدينة بنما', 'PAN'], ['سانتو دومينغو', 'DOM'], ['تايبيه', 'TWN'],
    ['تايبي', 'TWN'], ['فادوز', 'LIE'], ['ماليه', 'MDV'], ['فونافوتي', 'TUV'], ['بورت فيلا', 'VUT'], ['تاراوا', 'KIR'],
    ['ماجورو', 'MHL'], ['باليكير', 'FSM'], ['نوكوالوفا', 'TON'], ['سانت جونز', 'ATG'], ['غيتيغا', 'BDI'],
    ['أستانا', 'KAZ'], ['الجزائر العاصمة', 'DZA'], ['تونس العاصمة', 'TUN'], ['سول', 'KOR'], ['نيودلهي', 'IND'],
    ['نيو دلهي', 'IND'], ['مكسيكو سيتي', 'MEX'], ['مونتيفيديو', 'URY'], ['لاباز', 'BOL'], ['لا باز', 'BOL'],
    ['كانبيرا', 'AUS'], ['أبو ظبي', 'ARE'], ['كابول', 'AFG'], ['داكا', 'BGD'], ['سكوبيه', 'MKD'], ['كوبنهاجن', 'DNK'],
    ['بيونغ يانغ', 'PRK'], ['كوالا لمبور', 'MYS'], ['انجامينا', 'TCD'], ['نجامينا', 'TCD'], ['بوجمبورا', 'BDI'],
    ['فريتاون', 'SLE'], ['طرابلس', 'LBY'], ['كييف', 'UKR'], ['بكين', 'CHN'], ['القدس', 'ISR'], ['رام الله', 'PSE'],
    ['بريشتينا', 'XKX'], ['طهران', 'IRN'], ['صنعاء', 'YEM'], ['برازيليا', 'BRA'], ['بوغوتا', 'COL'],
    ['سانتياغو', 'CHL'], ['مسقط', 'OMN'], ['أنقرة', 'TUR']],
  it: [['Washington', 'USA'], ['Kiev', 'UKR'], ['Kyiv', 'UKR'], ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'],
    ['Astana', 'KAZ'], ['Nur-Sultan', 'KAZ'], ['Gerusalemme', 'ISR'], ['Ramallah', 'PSE'], ['Pristina', 'XKX'],
    ['Laayoune', 'ESH'], ['Brasilia', 'BRA'], ['Bogotà', 'COL'], ['Sanaa', 'YEM'], ['Teheran', 'IRN'], ['Gitega', 'BDI'],
    ['Pechino', 'CHN'], ['Santiago del Cile', 'CHL'], ['Santiago', 'CHL'], ['Seul', 'KOR'], ['Città del Messico', 'MEX'],
    ['Nuova Delhi', 'IND'], ['New Delhi', 'IND'], ['Abu Dhabi', 'ARE'], ['Riad', 'SAU'], ['Riyad', 'SAU'],
    ['Cairo', 'EGY'], ['Il Cairo', 'EGY'], ['Algeri', 'DZA'], ['Tripoli', 'LBY'], ['Khartoum', 'SDN'], ['Baghdad', 'IRQ'],
    ['Damasco', 'SYR'], ['Beirut', 'LBN'], ['Amman', 'JOR'], ['Kabul', 'AFG'], ['Islamabad', 'PAK'], ['Doha', 'QAT'],
    ['Mascate', 'OMN'], ['Muscat', 'OMN'], ['Manama', 'BHR'], ['L\'Avana', 'CUB'], ['La Valletta', 'MLT'],
    ['Pyongyang', 'PRK'], ['Taipei', 'TWN'], ['N\'Djamena', 'TCD'], ['Chisinau', 'MDA'], ['Tbilisi', 'GEO'],
    ['Kuala Lumpur', 'MYS'], ['Giacarta', 'IDN'], ['Mosca', 'RUS']],
  pt: [['Washington', 'USA'], ['Kiev', 'UKR'], ['Kyiv', 'UKR'], ['Quieve', 'UKR'], ['La Paz', 'BOL'], ['Naypyidaw', 'MMR'],
    ['Astana', 'KAZ'], ['Jerusalém', 'ISR'], ['Ramallah', 'PSE'], ['Ramala', 'PSE'], ['Pristina', 'XKX'],
    ['El Aaiún', 'ESH'], ['Brasília', 'BRA'], ['Bogotá', 'COL'], ['Saná', 'YEM'], ['Sanaa', 'YEM'], ['Teerão', 'IRN'],
    ['Teerã', 'IRN'], ['Gitega', 'BDI'], ['Pequim', 'CHN'], ['Santiago do Chile', 'CHL'], ['Seul', 'KOR'],
    ['Cidade do México', 'MEX'], ['Nova Deli', 'IND'], ['Nova Délhi', 'IND'], ['Nova Déli', 'IND'], ['Abu Dhabi', 'ARE'],
    ['Abu Dabi', 'ARE'], ['Riade', 'SAU'], ['Riad', 'SAU'], ['Cairo', 'EGY'], ['Argel', 'DZA'], ['Trípoli', 'LBY'],
    ['Cartum', 'SDN'], ['Bagdá', 'IRQ'], ['Bagdade', 'IRQ'], ['Damasco', 'SYR'], ['Beirute', 'LBN'], ['Amã', 'JOR'],
    ['Cabul', 'AFG'], ['Islamabad', 'PAK'], ['Islamabade', 'PAK'], ['Doha', 'QAT'], ['Mascate', 'OMN'], ['Manama', 'BHR'],
    ['Havana', 'CUB'], ['Valeta', 'MLT'], ['Pyongyang', 'PRK'], ['Pionguiangue', 'PRK'], ['Taipé', 'TWN'],
    ['Taipei', 'TWN'], ['Moscovo', 'RUS'], ['Moscou', 'RUS'], ['Banguecoque', 'THA'], ['Bangkok', 'THA'],
    ['Jacarta', 'IDN'], ['Camberra', 'AUS'], ['Otava', 'CAN'], ['Ottawa', 'CAN'], ['Tiblíssi', 'GEO'], ['Tbilisi', 'GEO'],
    ['Cidade da Praia', 'CPV'], ['Quinxassa', 'COD'], ['Kinshasa', 'COD'], ['Ancara', 'TUR'], ['Atenas', 'GRC'],
    ['Bruxelas', 'BEL'], ['Berlim', 'DEU'], ['Londres', 'GBR'], ['Madrid', 'ESP'], ['Lisboa', 'PRT']],
};

// Phrases that are never emitted (folded forms): ordinary words of the language, first names,
// generic place words, or names shared by a far more frequent place.
const STOP = {
  all: ['jersey', 'saint martin', 'saint-martin', 'virgin islands', 'saint-denis', 'saint-pierre', 'saint pierre',
    'victoria', 'hamilton', 'douglas', 'stanley', 'plymouth', 'the valley', 'west island', 'male', 'george town',
    'city of victoria', 'king edward point', 'america', 'amerika', 'amérique', 'the abode of peace', 'abode of peace',
    'abu dhabi island and internal islands city', 'guiana', 'the bottom', 'franse antillen', 'maagdeneilanden',
    'îles vierges', 'iles vierges', 'saint-georges', 'ciudad trujillo'],
  en: ['reunion', 'us', 'san jose', 'man', 'norfolk'],
  nl: ['man', 'reunion', 'georgia', 'norfolk'], // Dutch "Georgia" is the US state; the country is Georgië
  fr: ['réunion', 'reunion', 'la réunion', 'maurice', 'grenade', 'la grenade', 'dominique', 'salvador', 'sucre',
    'hollande', 'man', 'salomon', 'eau', 'berne', 'roseau', 'marigot', 'norfolk'],
  // de: Nassau is also a German town and region
  de: ['nassau', 'san josé', 'san jose'],
  // es: reunión "meeting", granada "grenade" and the Spanish city, guadalupe/santa elena/santa lucía/san juan/
  // san martín common place names, mauricio a first name, el valle "the valley"; no "La Paz" ("the peace")
  es: ['reunión', 'reunion', 'granada', 'guadalupe', 'santa elena', 'santa lucía', 'santa lucia', 'san martín',
    'san martin', 'san juan', 'mauricio', 'el valle', 'islas vírgenes', 'islas virgenes', 'guayana', 'san josé',
    'san jose', 'la paz', 'bermudas', 'anguila'],
  // ar: عمان is both Oman and Amman (dropped; سلطنة عمان is kept); مالي is also "financial"; رباط "tie",
  // خرطوم "hose" (the capitals are الرباط, الخرطوم); سيول "floods" (Seoul is سول); ديلي "Daily" (Daily Mail);
  // روسو Rousseau; كيف "how" is never listed for Kyiv
  ar: ['عمان', 'مالي', 'مالى', 'رباط', 'خرطوم', 'سيول', 'ديلي', 'ديلى', 'روسو', 'سان خوسيه', 'هاميلتون',
    'جورج تاون', 'دوغلاس', 'بليموث', 'فيكتوريا', 'جيرسي', 'جيرزي', 'جيرسى', 'جيرزى', 'سان مارتن', 'سانت مارتن',
    'سانت مارتين', 'جزر العذراء', 'كيف'],
  // it: riunione "meeting", Monaco is also Munich (Monaco di Baviera) and "monk", Maurizio a first name
  it: ['riunione', 'reunion', 'monaco', 'maurizio', 'santa lucia', 'sant\'elena', 'san josé', 'san jose',
    'antille francesi'],
  // pt: reunião "meeting", granada "grenade", Maurício a first name, Lima a common surname,
  // Guadalupe/Santa Helena/Santa Lúcia common place names; bermudas "shorts", anguila "eel"
  pt: ['reunião', 'reuniao', 'granada', 'maurício', 'mauricio', 'lima', 'guadalupe', 'santa helena', 'santa lúcia',
    'santa lucia', 'san josé', 'san jose', 'ilhas virgens', 'bermudas', 'anguila'],
};

// Arabic: tashkeel (short vowels, shadda, sukun, dagger alef) and tatweel are dropped (news text rarely has
// them); the press writes hamza on alef (أ إ آ) both with and without it, and Egyptian papers write a word-final
// yeh as alef maksura (جيبوتى), so both spellings are listed. The lexicon folds NFKC + case only.
const arPlain = (s) => s.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');
const arNoHamza = (s) => s.replace(/[أإآ]/gu, 'ا');
const arMaksura = (s) => s.replace(/ي(?=$|[\s\-])/gu, 'ى');

// Genuine ambiguities: folded phrase -> the country kept (most frequent reading in news).
const PREFER_RAW = {
  'congo': 'COD', 'the congo': 'COD', 'le congo': 'COD', 'korea': 'KOR', 'corée': 'KOR', 'sint maarten': 'SXM',
  'sint-maarten': 'SXM', 'kingston': 'JAM', 'saint-martin': 'MAF', 'samoa': 'WSM', 'guinea': 'GIN', 'guinée': 'GIN',
  'jerusalem': 'ISR', 'jeruzalem': 'ISR', 'jérusalem': 'ISR', 'macedonia': 'MKD', 'macédoine': 'MKD',
  'georgia': 'GEO', 'géorgie': 'GEO', 'republic of the congo': 'COG', 'république du congo': 'COG',
  'republiek congo': 'COG', 'dominican republic': 'DOM', 'oranjestad': 'ABW', 'georgetown': 'GUY', 'guyana': 'GUY',
  // de es ar it pt
  'kongo': 'COD', 'الكونغو': 'COD', 'china': 'CHN', 'francia': 'FRA', 'países baixos': 'NLD', 'paises baixos': 'NLD',
  'república democrática do congo': 'COD', 'republica democratica do congo': 'COD', 'república do congo': 'COG',
  'republica do congo': 'COG',
};

// Source errors: [phrase, ISO alpha-3] pairs a source gets wrong, per language (not emitted for that country).
const SOURCE_ERRORS = {
  // iso-codes ar translates "Moldova" as المالديف (the Maldives); "Republica Popular do Congo" was the
  // Republic of the Congo (COG), not the DRC; Italian "Olanda" comes with Sint Maarten; Portuguese sources give
  // "Congo" only for COG, while bare Congo is COD in every language (EXTRA_NAMES.pt, PREFER);
  // the rest are parsing leftovers ("Dem. Rep.", "Französischer Teil", "Co -operative ...")
  ar: [['المالديف', 'MDA'], ['المسكيك', 'MEX']],
  de: [['Dem. Rep.', 'COD'], ['Großherzogtum Luxemburg,', 'LUX'], ['Französischer Teil', 'MAF'],
    ['Niederländischer Teil', 'SXM']],
  es: [['Rep. Dem.', 'COD'], ['República francés', 'FRA'], ['Polinesia francés', 'PYF'], ['Asociado de Puerto Rico', 'PRI']],
  it: [['Rep. Dem.', 'COD'], ['Olanda', 'SXM'], ['Antille Francesi', 'BLM'], ['Co -operative Republic of Guyana', 'GUY']],
  pt: [['Republica Popular do Congo', 'COD'], ['República Popular do Congo', 'COD'], ['Congo', 'COG'],
    ['Territorio Frances', 'MAF'], ['Co -operative Republica da Guiana', 'GUY'], ['República português', 'PRT'],
    ['Saint George.s', 'GRD']],
};
const SOURCE_ERROR_KEYS = new Set(Object.entries(SOURCE_ERRORS).flatMap(([l, rows]) =>
  rows.map(([p, a3]) => `${l}\t${a3}\t${tokens(arPlain(p)).join(' ')}`)));

const PREFER = Object.fromEntries(Object.entries(PREFER_RAW).map(([k, v]) => [tokens(k).join(' '), v]));

// Names kept although hunspell knows them as ordinary lower-case words (reviewed by hand).
const KEEP_COMMON = new Set([
  // en
  'chad', 'jordan', 'georgia', 'turkey', 'china', 'guinea', 'chile', 'chili', 'sucre', 'brazil', 'berlin', 'cayenne',
  'japan', 'tripoli', 'morocco', 'wellington', 'muscat', 'panama', 'manila', 'juba', 'tonga',
  // nl ("wenen" is also the Flemish verb "to cry"; kept for Vienna)
  'wenen', 'bermuda', 'canada', 'cuba', 'curaçao', 'griekenland', 'laos', 'rabat', 'malta', 'manilla', 'polen',
  'zweden', 'kaapstad',
  // fr
  'antarctique', 'bénin', 'brésil', 'suisse', 'chine', 'pékin', 'équateur', 'guinée', 'inde', 'japon', 'colombo',
  'mali', 'manille', 'soudan', 'suède', 'damas', 'macédoine',
  // pt (Pretoria is the usual spelling next to Pretória)
  'pretoria',
]);

// Short or all-capital forms that are kept (otherwise names with fewer than 3 letters and
// all-capital codes are dropped).
const ALLOW_SHORT = {
  en: ['UK', 'U.K.', 'U.S.', 'U.S.A.', 'USA', 'UAE', 'DRC', 'D.R. Congo', 'the US'],
  nl: ['VS', 'V.S.', 'VK', 'VAE', 'DRC'],
  fr: ['É.-U.', 'E.-U.', 'R.-U.', 'USA', 'RDC', 'RCA'],
  de: ['USA', 'US', 'VAE'],
  es: ['EE. UU.', 'EE.UU.', 'EEUU', 'EAU', 'RDC', 'RASD'],
  ar: [],
  it: ['USA', 'EAU', 'RDC'],
  pt: ['EUA', 'EAU', 'RDC', 'RASD'],
};

// world-countries capitals that are not emitted as extra capital phrases.
const WC_CAPITAL_SKIP = new Set(['City of Victoria', 'King Edward Point', 'Diego Garcia']);

// ---------------------------------------------------------------- helpers

function readMo(file) {
  const buf = fs.readFileSync(file);
  let le = true;
  const magic = buf.readUInt32LE(0);
  if (magic === 0x950412de) le = true; else if (buf.readUInt32BE(0) === 0x950412de) le = false;
  else throw new Error(`${file}: not a .mo file`);
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), origOff = u32(12), transOff = u32(16);
  const map = new Map();
  for (let i = 0; i < n; i++) {
    const ol = u32(origOff + 8 * i), oo = u32(origOff + 8 * i + 4);
    const tl = u32(transOff + 8 * i), to = u32(transOff + 8 * i + 4);
    const key = buf.toString('utf8', oo, oo + ol);
    const val = buf.toString('utf8', to, to + tl);
    if (key) map.set(key.split('\0')[0], val.split('\0')[0]);
  }
  return map;
}

function readMoOpt(lang, domain) {
  const f = path.join(LOCALE_DIR, lang, 'LC_MESSAGES', `${domain}.mo`);
  return fs.existsSync(f) ? readMo(f) : new Map();
}

// Token key, following data/lexicons/README.md: NFKC, case-folded, runs of letters/digits/marks
// or single punctuation characters.
function tokens(s) {
  const f = s.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss');
  return f.match(/[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) || [];
}
const keyOf = (s) => tokens(s).join(' ');
const letters = (s) => (s.match(/\p{L}/gu) || []).length;
const stripAccents = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const isLatin = (s) => !/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{S}]/u.test(s);
const isArabic = (s) => !/[^\p{Script=Arabic}\p{N}\p{P}\p{Zs}\p{M}]/u.test(s) && /\p{Script=Arabic}/u.test(s);

function loadHunspellLower(file) {
  // lower-case words of a hunspell word list; entries flagged ONLYINCOMPOUND or NEEDAFFIX are not words
  // on their own (German "bogota/Sozm" is only a compound part) and are skipped
  const set = new Set();
  if (!fs.existsSync(file)) return set;
  const aff = file.replace(/\.dic$/, '.aff');
  const notAlone = new Set();
  let flagType = 'char';
  if (fs.existsSync(aff)) {
    const text = fs.readFileSync(aff, 'utf8');
    const ft = text.match(/^FLAG\s+(\S+)/m);
    if (ft) flagType = ft[1];
    for (const m of text.matchAll(/^(?:ONLYINCOMPOUND|NEEDAFFIX)\s+(\S+)/gm)) notAlone.add(m[1]);
  }
  const splitFlags = (f) => (flagType === 'long' ? f.match(/../g) || [] : flagType === 'num' ? f.split(',') : [...f]);
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [w, flags = ''] = line.split(/[\t ]/)[0].split('/');
    if (notAlone.size && splitFlags(flags).some((f) => notAlone.has(f))) continue;
    if (w && w === w.toLowerCase() && /\p{L}/u.test(w)) set.add(w.normalize('NFC'));
  }
  return set;
}

// ---------------------------------------------------------------- load data

const isoList = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-1'];
const COUNTRIES = isoList.map((c) => ({ a2: c.alpha_2, a3: c.alpha_3, name: c.name, official: c.official_name, common: c.common_name }));
COUNTRIES.push({ a2: 'XK', a3: 'XKX', name: 'Kosovo', official: 'Republic of Kosovo' });
const A2TO3 = new Map(COUNTRIES.map((c) => [c.a2, c.a3]));
const VALID3 = new Set(COUNTRIES.map((c) => c.a3));

for (const l of LANGS) i18n.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
const WC = new Map();
for (const c of worldCountries) {
  const a3 = c.cca2 === 'XK' ? 'XKX' : c.cca3;
  WC.set(a3, c);
}

const ISO_MO = Object.fromEntries(LANGS.filter((l) => l !== 'en').map((l) => [l, readMoOpt(l, 'iso_3166-1')]));
const GN_MO = Object.fromEntries(LANGS.map((l) => [l, readMoOpt(l, 'geonames')]));
// Arabic has no letter case, so every word of the Arabic list would count as an "ordinary lower-case word"
// (proper names included): the test is not used for ar, whose ordinary-word collisions are in STOP.ar.
const HUN = Object.fromEntries(LANGS.map((l) => [l, l === 'ar' ? new Set() : loadHunspellLower(HUNSPELL[l])]));

// cities15000: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 a1 a2 a3 a4 population ...
const cities = [];
for (const line of fs.readFileSync(path.join(GEONAMES_DIR, 'cities15000.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  cities.push({ id: f[0], name: f[1], ascii: f[2], alt: f[3] ? f[3].split(',') : [], lat: f[4], lon: f[5],
    fcode: f[7], cc: f[8], pop: Number(f[14]) || 0 });
}

// ---------------------------------------------------------------- capitals

function findCity(cc, name, prefer = null) {
  // a city of country cc called `name`: the preferred city (the PPLC row) if it carries the name,
  // else exact main-name matches before alternate-name matches, most populous first
  const k = keyOf(name);
  const main = (c) => keyOf(c.name) === k || keyOf(c.ascii) === k;
  const hits = cities.filter((c) => c.cc === cc && (main(c) || c.alt.some((a) => keyOf(a) === k)));
  if (prefer && hits.some((c) => c.id === prefer.id)) return prefer;
  hits.sort((a, b) => (main(b) - main(a)) || (b.pop - a.pop));
  return hits[0] || null;
}

const capitalRows = [];
const capitalCity = new Map(); // a3 -> city
const extraCapCities = new Map(); // a3 -> [city or {name}]
for (const c of COUNTRIES) {
  const wc = WC.get(c.a3);
  const wcCaps = (wc && wc.capital) || [];
  let city = cities.find((x) => x.cc === c.a2 && x.fcode === 'PPLC') || null;
  if (!city) {
    const cands = wcCaps.map((n) => findCity(c.a2, n)).filter(Boolean).sort((a, b) => b.pop - a.pop);
    city = cands[0] || null;
    if (city) log(`capital: ${c.a3} has no PPLC row; using ${city.name} (${city.id}) named by world-countries`);
    else log(`capital: ${c.a3} none in cities15000 (world-countries: ${wcCaps.join(', ') || '-'})`);
  }
  if (city) {
    capitalCity.set(c.a3, city);
    capitalRows.push([c.a3, city.name, city.lat, city.lon, city.id, String(city.pop)]);
  }
  const extra = [];
  for (const n of wcCaps) {
    if (WC_CAPITAL_SKIP.has(n)) continue;
    extra.push({ name: n, city: findCity(c.a2, n, city) });
  }
  extraCapCities.set(c.a3, extra);
}

// ---------------------------------------------------------------- candidates

const dropped = { ...Object.fromEntries(LANGS.map((l) => [l, []])), pending: [] };
const review = Object.fromEntries(LANGS.map((l) => [l, new Set()]));

function expandForms(raw) {
  // Splits parenthesised alternatives and " / " lists; returns plain names.
  const out = [];
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s) return out;
  const ac = s.indexOf('، ');
  if (ac > 0) {
    // Arabic inverted names: "كوريا، جمهورية كوريا" -> "جمهورية كوريا"; "تايوان، محافظة صينية" is dropped
    const x = s.slice(0, ac), y = s.slice(ac + 2);
    if (y.includes(x)) out.push(...expandForms(y)); else dropped.pending.push(s);
    return out;
  }
  if (s.includes(' / ')) { for (const p of s.split(' / ')) out.push(...expandForms(p)); return out; }
  const ci = s.indexOf(', ');
  if (ci > 0 && !s.includes('(')) {
    // ISO-style inverted names: "Korea, Republic of" -> "Republic of Korea"; lists such as
    // "Bonaire, Sint Eustatius and Saba" are kept as they are; anything else is dropped.
    const x = s.slice(0, ci), y = s.slice(ci + 2);
    if (/\s(and|en|et)\s/.test(y) && !/\s(of|de|du|van)$/.test(y)) { out.push(s); return out; }
    if (/(\s|^)(of|of the|the|de|du|de la|des|van|d['’])$/i.test(y) || /['’]$/.test(y)) {
      out.push(/['’]$/.test(y) ? `${y}${x}` : `${y} ${x}`); return out;
    }
    if (/^(British|U\.S\.|Amerikaanse|Britse|Île|Iles|Îles|Ile|Staat|Republiek|Democratische Republiek|Democratische Volksrepubliek)$/.test(y)) {
      out.push(`${y} ${x}`); return out;
    }
    dropped.pending.push(s);
    return out;
  }
  const m = s.match(/^(.*?)\s*\(([^)]*)\)\s*(.*)$/);
  if (m) {
    const [, before, inside, after] = m;
    const outer = `${before} ${after}`.trim();
    if (outer) out.push(...expandForms(outer));
    // the parenthesised part is an alternative name only if it looks like a proper name
    if (!after && /^\p{Lu}/u.test(inside) && !/\b(of|de|du|des|van|der|the|and|en|et)$/i.test(inside) &&
        inside.split(' ').every((w) => /^\p{Lu}/u.test(w) || ['de', 'du', 'of', 'van'].includes(w)) && letters(inside) >= 4) {
      out.push(inside);
    }
    return out;
  }
  out.push(s);
  return out;
}

function collect(lang) {
  const cands = []; // {phrase, a3, kind, src}
  const add = (phrase, a3, kind, src) => {
    if (!phrase || !a3) return;
    dropped.pending.length = 0;
    const forms = src === 'manual' ? [String(phrase)] : expandForms(String(phrase));
    for (const p of forms) cands.push({ phrase: p, a3, kind, src });
    for (const p of dropped.pending) dropped[lang].push(`${p}\t${a3}\tcomma form not un-inverted\t${src}`);
  };
  const dnLong = new Intl.DisplayNames([lang], { type: 'region', style: 'long', fallback: 'none' });
  const dnShort = new Intl.DisplayNames([lang], { type: 'region', style: 'short', fallback: 'none' });
  const dnNarrow = new Intl.DisplayNames([lang], { type: 'region', style: 'narrow', fallback: 'none' });
  const wcLang = WC_LANG[lang];
  for (const c of COUNTRIES) {
    const names = i18n.getNames(lang, { select: 'all' })[c.a2] || [];
    for (const n of names) add(n, c.a3, 'name', 'i18n-iso-countries');
    for (const dn of [dnLong, dnShort, dnNarrow]) {
      try { add(dn.of(c.a2), c.a3, 'name', 'icu'); } catch { /* unknown region */ }
    }
    for (const n of [c.name, c.official, c.common]) {
      if (!n) continue;
      if (lang === 'en') add(n, c.a3, 'name', 'iso-codes');
      else if (ISO_MO[lang].has(n)) add(ISO_MO[lang].get(n), c.a3, 'name', 'iso-codes');
    }
    const wc = WC.get(c.a3);
    if (wc) {
      if (lang === 'en') {
        add(wc.name.common, c.a3, 'name', 'world-countries');
        add(wc.name.official, c.a3, 'name', 'world-countries');
        for (const a of wc.altSpellings || []) {
          // English alternative spellings only: skip codes and native-language forms
          if (letters(a) >= 4 && isLatin(a) && /^(the |republic|kingdom|state|federa|democratic|people|union|islamic|united|commonwealth|principality|grand|sultanate|co-operative|independent|plurinational|oriental|bolivarian|hashemite|socialist|argentine|french|swiss|italian|hellenic|portuguese|czech|slovak|kyrgyz|lao|syrian|arab)/i.test(a)) {
            add(a, c.a3, 'name', 'world-countries');
          }
        }
      } else if (wc.translations && wc.translations[wcLang]) {
        add(wc.translations[wcLang].common, c.a3, 'name', 'world-countries');
        add(wc.translations[wcLang].official, c.a3, 'name', 'world-countries');
      }
    }
    // capitals
    const city = capitalCity.get(c.a3);
    if (city) {
      const own = GN_MO[lang].get(city.id);
      if (own) add(own, c.a3, 'capital', 'geonames');
      else if (lang === 'en') add(city.name, c.a3, 'capital', 'geonames');
      else {
        const en = GN_MO.en.get(city.id) || city.name;
        add(en, c.a3, 'capital', 'geonames(en fallback)');
        vlog(`${lang}: capital of ${c.a3} has no ${lang} name in geonames.mo, using ${en}`);
      }
    }
    for (const { name, city: x } of extraCapCities.get(c.a3) || []) {
      if (lang === 'en') add(name, c.a3, 'capital', 'world-countries');
      else if (x && GN_MO[lang].get(x.id)) add(GN_MO[lang].get(x.id), c.a3, 'capital', 'world-countries+geonames');
      else if (!city || (x && x.id !== city.id)) add(name, c.a3, 'capital', 'world-countries(en fallback)');
    }
  }
  for (const [p, a3] of EXTRA_NAMES[lang]) add(p, a3, 'name', 'manual');
  for (const [p, a3] of EXTRA_CAPITALS[lang]) add(p, a3, 'capital', 'manual');
  return cands;
}

function variants(lang, phrase) {
  if (lang === 'ar') {
    const base = arPlain(phrase);
    const out = new Set([base, arNoHamza(base)]);
    for (const p of [...out]) out.add(arMaksura(p));
    return [...out];
  }
  const out = new Set([phrase]);
  for (const p of [...out]) {
    if (p.includes('’')) out.add(p.replace(/’/g, '\''));
    if (p.includes('\'')) out.add(p.replace(/'/g, '’'));
  }
  for (const p of [...out]) {
    if (lang === 'fr') {
      // capitals often lose their accent in French text: Etats-Unis, Egypte
      const q = p.replace(/(^|[\s-])([ÉÈÊÎÔÂ])/gu, (m, a, b) => a + stripAccents(b));
      if (q !== p) out.add(q);
    } else if (lang === 'de') {
      // German keeps ä ö ü ß (Osterreich is not a spelling); other accents are dropped (Bogota, Sao Tome)
      const q = [...p].map((ch) => (/[äöüÄÖÜ]/.test(ch) ? ch : stripAccents(ch))).join('');
      if (q !== p) out.add(q);
    } else {
      const q = stripAccents(p);
      if (q !== p) out.add(q);
    }
  }
  return [...out];
}

function build(lang) {
  const stop = new Set([...STOP.all, ...STOP[lang]].map(keyOf));
  const allowShort = new Set(ALLOW_SHORT[lang].map(keyOf));
  const hun = HUN[lang];
  const demonyms = readDemonyms(lang);
  const entries = new Map(); // key -> Map(a3 -> {phrase, kind, src})
  const raw = collect(lang);
  for (const cand of raw) {
    if (SOURCE_ERROR_KEYS.has(`${lang}\t${cand.a3}\t${keyOf(arPlain(cand.phrase))}`)) {
      dropped[lang].push(`${cand.phrase}\t${cand.a3}\tsource error (SOURCE_ERRORS)\t${cand.src}`);
      continue;
    }
    for (const v of variants(lang, cand.phrase)) {
      const k = keyOf(v);
      const why = reject(lang, v, k, cand, stop, allowShort, hun, v !== cand.phrase);
      if (why) { dropped[lang].push(`${v}\t${cand.a3}\t${why}\t${cand.src}`); continue; }
      if (!entries.has(k)) entries.set(k, new Map());
      const m = entries.get(k);
      const prev = m.get(cand.a3);
      // prefer kind name over capital; prefer the first (more authoritative) spelling
      if (!prev || (prev.kind === 'capital' && cand.kind === 'name')) m.set(cand.a3, { phrase: v, kind: cand.kind, src: cand.src });
    }
  }
  const rows = [];
  for (const [k, m] of entries) {
    let a3;
    if (m.size > 1) {
      const codes = [...m.keys()];
      if (PREFER[k] && m.has(PREFER[k])) {
        a3 = PREFER[k];
        log(`${lang}: "${k}" maps to ${codes.join(', ')}: kept ${a3}`);
      } else {
        // a name beats a capital of another country (Kingston, Luxembourg ...) only if unique
        const names = codes.filter((c) => m.get(c).kind === 'name');
        if (names.length === 1) { a3 = names[0]; log(`${lang}: "${k}" maps to ${codes.join(', ')}: kept the name, ${a3}`); }
        else { log(`${lang}: "${k}" maps to ${codes.join(', ')}: dropped (ambiguous)`); continue; }
      }
    } else a3 = [...m.keys()][0];
    const e = m.get(a3);
    if (demonyms.has(k)) {
      const d = demonyms.get(k);
      if (d !== a3) { log(`${lang}: "${k}" is ${a3} here but ${d} in demonyms.tsv: dropped`); continue; }
    }
    rows.push([e.phrase, a3, e.kind]);
  }
  rows.sort((a, b) => a[1].localeCompare(b[1]) || (a[2] === b[2] ? 0 : a[2] === 'name' ? -1 : 1) || a[0].localeCompare(b[0], lang));
  return rows;
}

function reject(lang, v, k, cand, stop, allowShort, hun, isVariant) {
  if (!k) return 'empty';
  if (!VALID3.has(cand.a3)) return 'bad code';
  if (lang === 'ar' ? !isArabic(v) : !isLatin(v)) return lang === 'ar' ? 'not Arabic script' : 'non-Latin script';
  if (/[|*~=]/.test(v)) return 'pattern metacharacter';
  if (stop.has(k)) return 'stop list (ordinary word / ambiguous place)';
  if (allowShort.has(k)) return null;
  if (letters(v) < 3) return 'fewer than 3 letters';
  if (lang !== 'ar' && !/\p{Ll}/u.test(v)) return 'all-capital code'; // Arabic has no case
  const toks = tokens(v);
  if (toks.length === 1 && hun.has(toks[0]) && !KEEP_COMMON.has(toks[0])) {
    // an accent-less variant that is an ordinary word is dropped; a real name is kept but
    // listed for review (the reviewed drops are in STOP)
    if (isVariant) return `accent-less variant is an ordinary ${lang} word (hunspell)`;
    review[lang].add(`${v}\t${cand.a3}\t${cand.kind}`);
  }
  return null;
}

function readDemonyms(lang) {
  const m = new Map();
  const f = path.join(LEX, lang, 'demonyms.tsv');
  if (!fs.existsSync(f)) return m;
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [p, a3] = line.split('\t');
    m.set(keyOf(p), a3);
  }
  return m;
}

// ---------------------------------------------------------------- write

const SOURCES = `i18n-iso-countries ${pkgVersion('i18n-iso-countries')} (MIT), world-countries ${pkgVersion('world-countries')} (ODbL), ` +
  `ICU ${process.versions.icu} CLDR ${process.versions.cldr || '?'} (Unicode), Debian iso-codes (LGPL-2.1+), GeoNames (CC BY 4.0)`;

// Capitals that, as an actor, stand for an organisation seated there ("Brussels threatened
// Hungary" is the EU): written with the flag actor=IGO...; as a place they stay the state's capital.
const CAPITAL_ACTOR_IGO = { BEL: 'IGOEUREEC' };

for (const lang of LANGS) {
  const rows = build(lang).map((r) => (r[2] === 'capital' && CAPITAL_ACTOR_IGO[r[1]] ? [...r, `actor=${CAPITAL_ACTOR_IGO[r[1]]}`] : r));
  const out = [`# generated by data/build/gen_countries.mjs from ${SOURCES} — do not edit`,
    '# phrase<TAB>ISO alpha-3<TAB>kind (name|capital)[<TAB>flags]; XKX = Kosovo (user-assigned code, not in ISO 3166-1)',
    ...rows.map((r) => r.join('\t'))];
  fs.mkdirSync(path.join(LEX, lang), { recursive: true });
  fs.writeFileSync(path.join(LEX, lang, 'countries.tsv'), out.join('\n') + '\n');
  const nn = rows.filter((r) => r[2] === 'name').length;
  log(`${lang}: wrote ${rows.length} rows (${nn} names, ${rows.length - nn} capitals), dropped ${dropped[lang].length} candidate forms`);
  if (VERBOSE) for (const d of [...new Set(dropped[lang])]) log(`  ${lang} dropped: ${d}`);
  for (const r of review[lang]) vlog(`  ${lang} review (also an ordinary word, kept): ${r}`);
}

fs.mkdirSync(GEO, { recursive: true });
capitalRows.sort((a, b) => a[0].localeCompare(b[0]));
fs.writeFileSync(path.join(GEO, 'capitals.tsv'), [
  '# generated by data/build/gen_countries.mjs — do not edit',
  '# Capitals from GeoNames (https://www.geonames.org), cities15000, feature code PPLC, licensed CC BY 4.0;',
  '# where no PPLC row exists, the most populous cities15000 row named as capital by npm world-countries.',
  '# iso3<TAB>name<TAB>lat<TAB>lon<TAB>geonameid<TAB>population',
  ...capitalRows.map((r) => r.join('\t'))].join('\n') + '\n');
log(`capitals.tsv: ${capitalRows.length} rows`);
