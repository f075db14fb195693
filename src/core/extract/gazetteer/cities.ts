// Large and newsworthy cities and towns, one per entry ("|" separated, whitespace ignored). Capitals
// of countries come from countries.ts; this adds the rest. Written from general knowledge.

export const CITIES = `
New York|New York City|NYC|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Jose|Austin|Jacksonville|Fort Worth|Charlotte|San Francisco|Indianapolis|Seattle|Denver|
Boston|El Paso|Nashville|Detroit|Oklahoma City|Portland|Las Vegas|Memphis|Louisville|Baltimore|
Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Omaha|Colorado Springs|Raleigh|
Long Beach|Virginia Beach|Miami|Oakland|Minneapolis|Tulsa|Bakersfield|Wichita|Tampa|
New Orleans|Cleveland|Honolulu|Anaheim|Stockton|Corpus Christi|Riverside|Newark|
Saint Paul|St. Paul|Santa Ana|Cincinnati|Irvine|Orlando|Pittsburgh|St. Louis|Saint Louis|Greensboro|
Jersey City|Anchorage|Plano|Durham|Buffalo|Chula Vista|Toledo|Reno|
Fort Wayne|North Las Vegas|St. Petersburg|Lubbock|Laredo|Winston-Salem|Chesapeake|
Scottsdale|Norfolk|Boise|Fremont|Spokane|Santa Clarita|Baton Rouge|Hialeah|
San Bernardino|Tacoma|Modesto|Huntsville|Des Moines|Yonkers|Rochester|Moreno Valley|Fayetteville|
Worcester|Port St. Lucie|Little Rock|Oxnard|Birmingham|Montgomery|Frisco|
Amarillo|Salt Lake City|Grand Rapids|Huntington Beach|Overland Park|Knoxville|Grand Prairie|Brownsville|
Tallahassee|Chattanooga|Providence|Fort Lauderdale|Savannah|Charleston|Syracuse|
Hartford|New Haven|Ann Arbor|Berkeley|Palo Alto|Cupertino|Mountain View|Redmond|Menlo Park|Pasadena|
Santa Monica|Malibu|Hollywood|Brooklyn|Manhattan|Queens|the Bronx|Bronx|Staten Island|Harlem|
Annapolis|Albany|Harrisburg|Trenton|Montpelier|Boston|Columbia|Atlanta|
Tallahassee|Nashville|Frankfort|Charleston|Raleigh|Lansing|Indianapolis|
St. Paul|Des Moines|Jefferson City|Topeka|Bismarck|Cheyenne|Denver|Santa Fe|
Salt Lake City|Carson City|Boise|Olympia|Sacramento|Phoenix|Austin|Oklahoma City|Little Rock|
Baton Rouge|Juneau|Honolulu|Cambridge|Oxford|Princeton|Ithaca|Ames|Boulder|Flint|Ferguson|Uvalde|
Parkland|Newtown|Aspen|Key West|Palm Beach|West Palm Beach|Mar-a-Lago|Galveston|Cape Canaveral|
Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec City|Halifax|
Mexico City|Guadalajara|Monterrey|Tijuana|Cancun|Acapulco|Juarez|Ciudad Juarez|Puebla|Culiacan|
Sao Paulo|São Paulo|Rio de Janeiro|Rio|Salvador|Belo Horizonte|Manaus|Recife|Porto Alegre|Curitiba|
Fortaleza|Medellin|Medellín|Cali|Cartagena|Guayaquil|Cordoba|Rosario|Valparaiso|Cusco|Maracaibo|
London|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Sheffield|Newcastle|Cardiff|
Belfast|Nottingham|Leicester|Southampton|Brighton|Coventry|Oxford|Cambridge|Aberdeen|Dundee|York|
Derry|Londonderry|Salisbury|Plymouth|Portsmouth|Norwich|
Cork|Galway|Limerick|
Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Cannes|
Calais|Le Mans|Versailles|Grenoble|Toulon|Dijon|Reims|Avignon|Monte Carlo|
Berlin|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Düsseldorf|Dortmund|Essen|Leipzig|
Bremen|Dresden|Hanover|Nuremberg|Bonn|Heidelberg|Potsdam|Mainz|
Madrid|Barcelona|Valencia|Seville|Zaragoza|Malaga|Málaga|Bilbao|Palma|Granada|Pamplona|Ibiza|
Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Venice|Verona|Pisa|Bari|Catania|Lampedusa|
Amsterdam|Rotterdam|The Hague|Hague|Utrecht|Eindhoven|Antwerp|Ghent|Bruges|Geneva|Zurich|Zürich|
Basel|Lausanne|Davos|Bern|Salzburg|Innsbruck|Graz|Porto|Lisbon|Gothenburg|Malmo|Malmö|Bergen|
Aarhus|Tampere|Turku|Gdansk|Krakow|Kraków|Wroclaw|Lodz|Poznan|Brno|Cluj|Thessaloniki|Istanbul|
Izmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakir|St Petersburg|Saint Petersburg|Novosibirsk|
Yekaterinburg|Kazan|Nizhny Novgorod|Samara|Omsk|Rostov-on-Don|Volgograd|Vladivostok|Murmansk|
Kaliningrad|Sochi|Belgorod|Kursk|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Lviv|Zaporizhzhia|Mariupol|
Kherson|Mykolaiv|Donetsk|Luhansk|Bakhmut|Avdiivka|Sevastopol|Bucha|Irpin|Kiev|Chernobyl|Chornobyl|
Minsk|Vilnius|Riga|Tallinn|Chisinau|Tbilisi|Yerevan|Baku|
Jerusalem|Tel Aviv|Haifa|Eilat|Beersheba|Ashkelon|Ashdod|Sderot|Nazareth|Gaza City|Rafah|
Khan Younis|Khan Yunis|Jabalia|Deir al-Balah|Beit Lahia|Ramallah|Hebron|Nablus|Jenin|Bethlehem|
Jericho|Tulkarm|Beirut|Tripoli|Sidon|Tyre|Baalbek|Damascus|Aleppo|Homs|Idlib|Raqqa|Deir ez-Zor|
Latakia|Daraa|Amman|Aqaba|Baghdad|Basra|Mosul|Erbil|Kirkuk|Fallujah|Najaf|Karbala|Tikrit|Ramadi|
Tehran|Mashhad|Isfahan|Tabriz|Shiraz|Qom|Natanz|Riyadh|Jeddah|Mecca|Medina|Dammam|Doha|Dubai|
Abu Dhabi|Sharjah|Muscat|Manama|Kuwait City|Sanaa|Aden|Hodeidah|Cairo|Alexandria|Giza|Sharm el-Sheikh|
Port Said|Suez|Luxor|Aswan|Tripoli|Benghazi|Tunis|Algiers|Casablanca|Rabat|Marrakesh|Marrakech|
Tangier|Fez|Khartoum|Omdurman|Port Sudan|El Fasher|Juba|Addis Ababa|Mekelle|Asmara|Mogadishu|
Nairobi|Mombasa|Kisumu|Kampala|Kigali|Goma|Kinshasa|Lubumbashi|Dar es Salaam|Zanzibar|Dodoma|
Lagos|Abuja|Kano|Ibadan|Port Harcourt|Maiduguri|Accra|Kumasi|Dakar|Bamako|Niamey|Ouagadougou|
Abidjan|Conakry|Freetown|Monrovia|Douala|Yaounde|Luanda|Lusaka|Harare|Bulawayo|Maputo|Lilongwe|
Johannesburg|Cape Town|Durban|Pretoria|Soweto|Port Elizabeth|Gqeberha|Windhoek|Gaborone|
Antananarivo|
Delhi|New Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|
Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Patna|Bhopal|Indore|Agra|Varanasi|Amritsar|
Srinagar|Kochi|Goa|Chandigarh|Karachi|Lahore|Islamabad|Rawalpindi|Peshawar|Quetta|Faisalabad|
Multan|Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Dhaka|Chittagong|Kathmandu|Colombo|Male|Malé|
Beijing|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Hangzhou|Xi'an|Xian|
Shenyang|Harbin|Qingdao|Dalian|Zhengzhou|Changsha|Kunming|Urumqi|Lhasa|Suzhou|Xiamen|Fuzhou|
Hong Kong|Macau|Taipei|Kaohsiung|Taichung|Tainan|
Tokyo|Osaka|Yokohama|Nagoya|Sapporo|Kobe|Kyoto|Fukuoka|Kawasaki|Hiroshima|Nagasaki|Sendai|Okinawa|
Fukushima|Kumamoto|Niigata|Naha|Suzuka|
Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Pyongyang|Panmunjom|
Bangkok|Chiang Mai|Phuket|Pattaya|Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Phnom Penh|
Vientiane|Yangon|Rangoon|Mandalay|Naypyidaw|Kuala Lumpur|Penang|Johor Bahru|Singapore|Jakarta|
Surabaya|Bandung|Medan|Bali|Denpasar|Yogyakarta|Makassar|Semarang|Palembang|Manila|Quezon City|
Cebu|Davao|Marawi|
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Gold Coast|Darwin|Hobart|Newcastle|Cairns|
Auckland|Wellington|Christchurch|Queenstown|Suva|Port Moresby|Noumea|
Havana|Kingston|San Juan|Santo Domingo|Port-au-Prince|Nassau|Bridgetown|Panama City|San Jose|
Managua|Tegucigalpa|San Salvador|Guatemala City|Bogota|Bogotá|Caracas|Quito|Lima|La Paz|Santiago|
Buenos Aires|Montevideo|Asuncion|Brasilia|Brasília|
Reykjavik|Oslo|Stockholm|Copenhagen|Helsinki|Dublin|Brussels|Luxembourg|Vienna|Prague|Bratislava|
Budapest|Warsaw|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Sarajevo|Podgorica|Skopje|Tirana|Athens|
Nicosia|Valletta|Moscow|Kyiv|Ankara|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar
`;
