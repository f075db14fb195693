// US states, provinces, regions, continents, seas and other geographic features ("|" separated).
// Written from general knowledge.

export const US_STATES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|
Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Washington DC|
Washington, DC|Washington D.C.|Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Kan.|Kans.|Ky.|La.|Md.|Mass.|
Mich.|Minn.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|
W.Va.|Wis.|Wyo.|District of Columbia|D.C.|DC|New York State|Washington state|Guam
`;

export const REGIONS = `
Atacama|Atacama Desert|Liffey|River Liffey|River Shannon|Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|
Arctic|the Arctic|Antarctic|Eurasia|Middle East|the Middle East|Near East|Far East|Mideast|
Persian Gulf|Arabian Peninsula|Horn of Africa|Sub-Saharan Africa|sub-Saharan Africa|North Africa|
West Africa|East Africa|Southern Africa|Central Africa|Sahel|Sahara|Maghreb|Levant|Balkans|the Balkans|
Baltics|Caucasus|North Caucasus|Scandinavia|Western Europe|Eastern Europe|Central Europe|
Southern Europe|Northern Europe|Central Asia|South Asia|East Asia|Southeast Asia|South-East Asia|
Asia-Pacific|Asia Pacific|Indo-Pacific|Pacific|Atlantic|Caribbean|Mediterranean|Siberia|Kashmir|
Punjab|Bengal|Tamil Nadu|Kerala|Gujarat|Maharashtra|Uttar Pradesh|Bihar|Karnataka|Rajasthan|
Balochistan|Khyber Pakhtunkhwa|Xinjiang|Hubei|Guangdong|Sichuan|Yunnan|Inner Mongolia|Hokkaido|
Kyushu|Honshu|Shikoku|Java|Sumatra|Borneo|Sulawesi|Papua|Aceh|Mindanao|Luzon|Sabah|Sarawak|
Gaza|Gaza Strip|the Gaza Strip|West Bank|the West Bank|Golan Heights|Golan|East Jerusalem|Sinai|
Sinai Peninsula|Negev|Galilee|Kurdistan|Darfur|Kordofan|Tigray|Amhara|Oromia|Donbas|Donbass|
Crimea|Kharkiv region|Zaporizhzhia region|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh|
Bavaria|Saxony|Tuscany|Sicily|Sardinia|Lombardy|Corsica|Brittany|Normandy|Provence|Alsace|
Andalusia|Basque Country|Galicia|Flanders|Wallonia|Lapland|
B.C.|Ont.|Que.|Alta.|Sask.|N.S.|N.B.|P.E.I.|Nfld.|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|
Newfoundland|Yukon|Nunavut|Northwest Territories|Prince Edward Island|
New South Wales|Queensland|Western Australia|South Australia|Tasmania|Northern Territory|
Australian Capital Territory|Patagonia|Amazonia|Yucatan|Chiapas|Sonora|Sinaloa|Chihuahua|
Jalisco|Michoacan|Baja California|Tamaulipas|Oaxaca|Guerrero|
New England|Midwest|the Midwest|Deep South|Silicon Valley|Wall Street|Capitol Hill|
Bay Area|Appalachia|Rust Belt|Great Plains|Pacific Northwest|Gulf Coast|East Coast|West Coast|
Long Island|Cape Cod|Florida Keys|Everglades|Grand Canyon|Yellowstone|Yosemite|Death Valley|
Hawaiian Islands|Aleutian Islands|Puerto Rico|Alps|Himalayas|Himalaya|Andes|Rockies|
Rocky Mountains|Appalachians|Pyrenees|Urals|Ural Mountains|Carpathians|Hindu Kush|Atlas Mountains|
Mount Everest|Everest|K2|Mont Blanc|Mount Fuji|Kilimanjaro|Mount Kilimanjaro|Mount Etna|Etna|
Vesuvius|Mount Vesuvius|Mount St. Helens|Mauna Loa|Kilauea|Matterhorn|
Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|North Atlantic|South Atlantic|
North Pacific|South Pacific|Mediterranean Sea|Red Sea|Black Sea|Caspian Sea|Dead Sea|Baltic Sea|
North Sea|Aegean|Aegean Sea|Adriatic|Adriatic Sea|Ionian Sea|Tyrrhenian Sea|Arabian Sea|
South China Sea|East China Sea|Yellow Sea|Sea of Japan|Sea of Okhotsk|Bering Sea|Java Sea|
Coral Sea|Tasman Sea|Caribbean Sea|Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Thailand|
Gulf of Guinea|Bay of Bengal|Bay of Biscay|Hudson Bay|English Channel|the Channel|Strait of Hormuz|
Strait of Gibraltar|Strait of Malacca|Malacca Strait|Taiwan Strait|Bosphorus|Dardanelles|
Suez Canal|Panama Canal|Bab el-Mandeb|Kerch Strait|Makassar Strait|Sea of Azov|Sea of Galilee|
Nile|Amazon River|Mississippi River|Missouri River|Colorado River|Rio Grande|Hudson River|Potomac|
Thames|River Thames|Seine|Rhine|Danube|Volga|Dnieper|Dnipro River|Euphrates|Tigris|Jordan River|
Yangtze|Yellow River|Mekong|Ganges|Indus|Brahmaputra|Niger River|Congo River|Zambezi|Limpopo|
Lake Victoria|Lake Tanganyika|Lake Baikal|Lake Michigan|Lake Superior|Lake Erie|Lake Ontario|
Lake Huron|Great Lakes|Lake Geneva|Lake Titicaca|Lake Chad|Lake Tahoe|Great Salt Lake|
Great Barrier Reef|Galapagos|Galápagos Islands|Galapagos Islands|Canary Islands|Balearic Islands|
Falkland Islands|Falklands|Azores|Madeira|Faroe Islands|Svalbard|Sicily|Crete|Cyprus|Rhodes|
Lesbos|Lampedusa|Tenerife|Gran Canaria|Majorca|Mallorca|Ibiza|Corfu|Santorini|Hawaii|Maui|Oahu|
Tahiti|Okinawa|Hokkaido|Jeju|Bali|Lombok|Phuket|Zanzibar|Socotra|Diego Garcia|Greenland|Iceland|
Antarctic Peninsula|Siachen|Ladakh|Tibet|Kashmir Valley|Fergana Valley|Bekaa Valley|Jordan Valley|
Ring of Fire|Fukushima Daiichi|Chernobyl|Three Mile Island|Guantanamo|Guantanamo Bay|
Ground Zero|Times Square|Trafalgar Square|Tiananmen Square|Red Square|Tahrir Square|Maidan|
Champs-Elysees|Champs-Élysées|Oxford Street|Fifth Avenue|Broadway|Pennsylvania Avenue|
Westminster|Temple Mount|Al-Aqsa|Western Wall|Mecca|
Vatican|Buckingham Palace|Elysee Palace|Élysée Palace|Camp David|Mar-a-Lago|Area 51|
Heathrow|Gatwick|LaGuardia|O'Hare|Changi|Narita|Haneda|Schiphol|Reagan National Airport|
NSW|Riverina|Murrumbidgee|Murray-Darling Basin|Gippsland|Wimmera|Mallee|Pilbara|Kimberley|Darling Downs|
Illawarra|Hunter Valley|Berlaymont|Croisette|La Croisette|Casa Rosada|Palais des Festivals|Chancellery|
Plaza de Mayo|Avenida de Mayo|Jurong|Jurong Lake District
`;
