// Large and newsworthy cities and towns, one per entry ("|" separated, whitespace ignored). Capitals
// of countries come from countries.ts; this adds the rest. Written from general knowledge.

export const CITIES = `
New York|New York City|NYC|Los Angeles|LA|L.A.|SF|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
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
Nicosia|Valletta|Moscow|Kyiv|Ankara|Astana|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|
Bacolod|Zamboanga|Cagayan de Oro|Baguio|Tacloban|Kota Kinabalu|Kuching|Ipoh|Malacca|Hue|Can Tho|
Nha Trang|Siem Reap|Battambang|Luang Prabang|Chattogram|Khulna|Rajshahi|Sylhet|Barishal|Cox's Bazar|
Pokhara|Kandy|Jaffna|Galle|Thimphu|Mandalay|Chiang Rai|Hat Yai|Udon Thani|Surat Thani|Krabi|
Visakhapatnam|Vijayawada|Coimbatore|Madurai|Mysore|Mysuru|Mangalore|Thiruvananthapuram|Kozhikode|
Bhubaneswar|Ranchi|Raipur|Guwahati|Shillong|Imphal|Dehradun|Shimla|Jammu|Leh|Ludhiana|Jalandhar|
Meerut|Allahabad|Prayagraj|Gorakhpur|Aligarh|Gwalior|Jabalpur|Jodhpur|Udaipur|Ajmer|Vadodara|Rajkot|
Nashik|Aurangabad|Solapur|Kolhapur|Thane|Navi Mumbai|Noida|Gurgaon|Gurugram|Faridabad|Ghaziabad|
Manipur|Mizoram|Nagaland|Assam|Odisha|Jharkhand|Chhattisgarh|Uttarakhand|Himachal Pradesh|Haryana|
Telangana|Andhra Pradesh|Madhya Pradesh|West Bengal|Sindh|Gilgit|Swat|Abbottabad|Sialkot|Gwadar|
Mazar|Kunduz|Helmand|Nangarhar|Ghazni|Bamiyan|Zaranj|Bandar Abbas|Ahvaz|Kermanshah|Zahedan|Kerman|
Yazd|Rasht|Bushehr|Chabahar|Sulaymaniyah|Duhok|Nasiriyah|Samarra|Hama|Tartus|Palmyra|Kobani|Afrin|
Qamishli|Manbij|Quneitra|Zarqa|Irbid|Petra|Tabuk|Abha|Taif|Khobar|Dhahran|Al Ula|Ras Al Khaimah|
Fujairah|Ajman|Salalah|Sohar|Marib|Taiz|Mukalla|Ibb|Saada|Port Sudan|Kassala|Nyala|Geneina|El Obeid|
Wad Madani|Gondar|Bahir Dar|Dire Dawa|Hawassa|Adama|Kisumu|Nakuru|Eldoret|Garissa|Lamu|Malindi|
Arusha|Mwanza|Dodoma|Gulu|Entebbe|Jinja|Bujumbura|Bukavu|
Bunia|Kisangani|Mbuji-Mayi|Kananga|Kolwezi|Pointe-Noire|Libreville|Malabo|Bangui|N'Djamena|Maroua|
Bamenda|Buea|Garoua|Kaduna|Zaria|Sokoto|Katsina|Zamfara|Borno|Yobe|Adamawa|Benue|Enugu|
Onitsha|Owerri|Calabar|Uyo|Warri|Benin City|Abeokuta|Ilorin|Oyo|Osogbo|Akure|Lokoja|Makurdi|
Tamale|Takoradi|Cape Coast|Tema|Lome|Cotonou|Porto-Novo|Parakou|Bobo-Dioulasso|Timbuktu|
Gao|Mopti|Kidal|Agadez|Zinder|Maradi|Nouakchott|Saint-Louis|Touba|Thies|Ziguinchor|Banjul|Bissau|
Kenema|Bouake|Yamoussoukro|San Pedro|Kumba|Tripoli|Misrata|Sirte|Derna|Tobruk|Sabha|Sfax|Sousse|
Kairouan|Oran|Constantine|Annaba|Tlemcen|Agadir|Oujda|Meknes|Tetouan|Nador|Laayoune|Dakhla|
Mbabane|Manzini|Maseru|Polokwane|Bloemfontein|East London|Pietermaritzburg|Kimberley|Stellenbosch|
Beira|Nampula|Pemba|Quelimane|Tete|Blantyre|Mzuzu|Ndola|Kitwe|Livingstone|Victoria Falls|Mutare|
Gweru|Toamasina|Mahajanga|Port Louis|
Rosario|Mendoza|La Plata|Mar del Plata|Tucuman|Salta|Ushuaia|Bariloche|Valparaíso|Concepcion|
Antofagasta|Arica|Iquique|Punta Arenas|Arequipa|Trujillo|Chiclayo|Iquitos|Puno|Cochabamba|
Sucre|Oruro|Potosi|Cuenca|Manta|Barranquilla|Bucaramanga|Cucuta|Pereira|Santa Marta|
Buenaventura|Pasto|Valencia|Barquisimeto|Maracay|Ciudad Guayana|Maturin|Georgetown|Paramaribo|
Cayenne|Campinas|Florianopolis|Goiania|Belem|Maceio|Joao Pessoa|Teresina|Sao Luis|
Vitoria|Cuiaba|Campo Grande|Porto Velho|Rio Branco|Macapa|Boa Vista|Foz do Iguacu|
Merida|Queretaro|San Luis Potosi|Aguascalientes|Hermosillo|Mexicali|Ensenada|Mazatlan|
Veracruz|Villahermosa|Campeche|Chetumal|Tulum|Playa del Carmen|Puerto Vallarta|Los Cabos|Morelia|
Toluca|Cuernavaca|Tapachula|Reynosa|Matamoros|Nuevo Laredo|Saltillo|Torreon|Zacatecas|
San Pedro Sula|La Ceiba|Santa Ana|San Miguel|Quetzaltenango|Granada|Limon|
Santiago de Cuba|Camaguey|Holguin|Guantanamo|Matanzas|Cap-Haitien|Gonaives|Montego Bay|Ocho Rios|
Port of Spain|San Fernando|Castries|Kingstown|St. George's|Roseau|Basseterre|Bridgetown|Willemstad|
Oranjestad|Nassau|Freeport|
Southampton|Bournemouth|Exeter|Gloucester|Cheltenham|Swindon|Slough|Luton|Milton Keynes|
Northampton|Peterborough|Ipswich|Colchester|Chelmsford|Canterbury|Maidstone|Hastings|Eastbourne|
Crawley|Guildford|Woking|Watford|St Albans|Stevenage|Harlow|Basildon|Southend|Wolverhampton|
Walsall|Dudley|Stoke-on-Trent|Stoke|Hull|Bradford|Wakefield|Huddersfield|Halifax|
Doncaster|Rotherham|Barnsley|Blackpool|Preston|Blackburn|Bolton|Wigan|Oldham|Rochdale|Stockport|
Salford|Warrington|Chester|Carlisle|Sunderland|Middlesbrough|Durham|Darlington|Scarborough|
Harrogate|Stirling|Perth|Inverness|Paisley|Kilmarnock|Swansea|Newport|Wrexham|Bangor|Aberystwyth|
Armagh|Newry|Lisburn|Omagh|Enniskillen|Waterford|Kilkenny|Sligo|Drogheda|Dundalk|
Amiens|Rouen|Le Havre|Caen|Brest|Orleans|Clermont-Ferrand|Limoges|Poitiers|La Rochelle|
Perpignan|Nimes|Ajaccio|Bastia|Metz|Nancy|Mulhouse|Besancon|Saint-Etienne|Annecy|Chamonix|Biarritz|
Lourdes|Kiel|Lubeck|Rostock|Magdeburg|Erfurt|Jena|Chemnitz|Kassel|Wiesbaden|Darmstadt|
Mannheim|Karlsruhe|Freiburg|Ulm|Augsburg|Regensburg|Wurzburg|Bielefeld|Munster|Osnabruck|
Aachen|Duisburg|Bochum|Wuppertal|Gelsenkirchen|Solingen|Saarbrucken|Trier|Koblenz|Brunswick|
Gottingen|Salamanca|Valladolid|Burgos|Oviedo|Gijon|Santander|San Sebastian|Vitoria|Logrono|
Murcia|Cartagena|Alicante|Benidorm|Almeria|Cadiz|Jerez|Huelva|Jaen|Toledo|Segovia|Santiago de Compostela|
La Coruna|Vigo|Tarragona|Girona|Lleida|Marbella|Trieste|Padua|Brescia|Bergamo|Modena|Parma|
Ravenna|Rimini|Ancona|Perugia|Siena|Livorno|Lucca|Salerno|Reggio Calabria|Messina|Syracuse|
Cagliari|Sassari|Lecce|Taranto|Foggia|Pescara|L'Aquila|Como|Trento|Bolzano|Udine|Groningen|
Maastricht|Nijmegen|Arnhem|Leiden|Haarlem|Delft|Tilburg|Breda|Zwolle|Leuven|Liege|
Namur|Charleroi|Ostend|Lugano|Lucerne|Winterthur|St. Gallen|Linz|Klagenfurt|Bregenz|Uppsala|
Lund|Umea|Kiruna|Trondheim|Stavanger|Tromso|Odense|Aalborg|Esbjerg|Oulu|Espoo|Vantaa|Tartu|Daugavpils|
Kaunas|Klaipeda|Grodno|Brest|Vitebsk|Gomel|Mogilev|Szczecin|Bydgoszcz|Lublin|Katowice|Bialystok|
Rzeszow|Torun|Ostrava|Plzen|Olomouc|Kosice|Debrecen|Szeged|Pecs|Gyor|Timisoara|Iasi|Constanta|
Brasov|Craiova|Galati|Varna|Plovdiv|Burgas|Novi Sad|Nis|Kragujevac|Rijeka|Dubrovnik|Zadar|
Mostar|Banja Luka|Tuzla|Prizren|Ohrid|Bitola|Durres|Vlore|Shkoder|Patras|Heraklion|Larissa|
Volos|Limassol|Larnaca|Famagusta|Kyrenia|Konya|Kayseri|Mersin|Samsun|Trabzon|Erzurum|Malatya|
Sanliurfa|Hatay|Antakya|Kahramanmaras|Adiyaman|Eskisehir|Denizli|Bodrum|Edirne|Kutaisi|Batumi|
Gyumri|Stepanakert|Ganja|Sumgait|Aktobe|Karaganda|Shymkent|Samarkand|Bukhara|Namangan|Andijan|
Osh|Khujand|Turkmenabat|Irkutsk|Krasnoyarsk|Chelyabinsk|Perm|Ufa|Voronezh|Saratov|Tyumen|
Tolyatti|Izhevsk|Barnaul|Khabarovsk|Yaroslavl|Tomsk|Orenburg|Kemerovo|Ryazan|Astrakhan|Penza|
Lipetsk|Tula|Kirov|Cheboksary|Bryansk|Ivanovo|Magnitogorsk|Tver|Stavropol|Makhachkala|Vladikavkaz|
Nalchik|Arkhangelsk|Norilsk|Yakutsk|Petropavlovsk-Kamchatsky|Magadan|Pskov|Smolensk|Novorossiysk|
Krasnodar|Kerch|Simferopol|Yalta|Melitopol|Berdyansk|Izmail|Chernihiv|Sumy|Poltava|Kryvyi Rih|
Vinnytsia|Zhytomyr|Rivne|Lutsk|Ternopil|Khmelnytskyi|Chernivtsi|Uzhhorod|Ivano-Frankivsk|
Kramatorsk|Sloviansk|Pokrovsk|Toretsk|Chasiv Yar|Vuhledar|Kupiansk|Izium|Lyman|Severodonetsk|
Lysychansk|Enerhodar|Nikopol|Kremenchuk|Uman|Cherkasy|Kropyvnytskyi|Bila Tserkva|Hostomel|Borodianka|
Sapporo|Hakodate|Aomori|Morioka|Akita|Yamagata|Koriyama|Iwaki|Mito|Utsunomiya|Maebashi|Saitama|
Chiba|Hachioji|Kanazawa|Toyama|Fukui|Nagano|Matsumoto|Shizuoka|Hamamatsu|Gifu|Tsu|Otsu|
Wakayama|Himeji|Okayama|Kurashiki|Fukuyama|Tottori|Matsue|Yamaguchi|Shimonoseki|Tokushima|
Takamatsu|Matsuyama|Kochi|Kitakyushu|Oita|Miyazaki|Kagoshima|Noto|Wajima|
Ulsan|Suwon|Changwon|Goyang|Seongnam|Jeonju|Cheongju|Pohang|Gyeongju|Andong|Gangneung|Sokcho|
Kaesong|Sinuiju|Hamhung|Wonsan|Chongjin|Kunming|Nanning|Guiyang|Lanzhou|Xining|Yinchuan|Hohhot|
Taiyuan|Shijiazhuang|Jinan|Hefei|Nanchang|Changchun|Zhuhai|Dongguan|Foshan|Ningbo|Wenzhou|Wuxi|
Xuzhou|Yantai|Weihai|Tangshan|Baotou|Kashgar|Hotan|Shigatse|Sanya|Haikou|Guilin|Luoyang|Datong|
Yichang|Zhangjiakou|Hsinchu|Keelung|Taoyuan|Hualien|Kinmen|Matsu|Macao|Ulaanbaatar|Erdenet|
Wagga Wagga|Wagga|Dubbo|Tamworth|Albury|Shepparton|Mildura|Toowoomba|Bendigo|Ballarat|Geelong|
Choa Chu Kang|Chua Chu Kang|Boon Lay|Jurong East|Jurong West|Bukit Batok|Bukit Panjang|Bukit Timah|
Ang Mo Kio|Toa Payoh|Tampines|Pasir Ris|Bedok|Yishun|Hougang|Serangoon|Sembawang|Clementi|Bishan|
Punggol|Sengkang|Tengah|Kallang|Geylang|Tuas|Marine Parade|Queenstown|
Sault Ste. Marie|Sault Ste Marie|
Hong Kong Island|Kowloon|New Territories|Lantau|Lantau Island|Wan Chai|Kowloon City|Kwun Tong|Wong Tai Sin|
Yau Tsim Mong|Sham Shui Po|Kwai Tsing|Tsuen Wan|Tuen Mun|Yuen Long|Sha Tin|Tai Po|Sai Kung|Kai Tak|
Mong Kok|Tsim Sha Tsui|Causeway Bay|Sheung Wan|Tung Chung|Tseung Kwan O|Tin Shui Wai|
Kwai Chung|Ma On Shan|Fanling|Sheung Shui|Tai Wai|Quarry Bay|North Point|Repulse Bay|Discovery Bay
`;
