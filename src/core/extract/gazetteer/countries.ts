// Countries: `Name | other names | demonyms | capital`. Written from general knowledge. A demonym
// ("Israeli") is not a place mention; it is kept so roles and classifiers can map it to a country.

export const COUNTRIES = `
Afghanistan||Afghan;Afghans;Afghani|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda|Antigua|Antiguan|St. John's
Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka
Barbados||Barbadian;Bajan|Bridgetown
Belarus||Belarusian;Belarusians|Minsk
Belgium||Belgian;Belgians|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian;Bolivians|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
Botswana||Botswanan;Motswana|Gaborone
Brazil||Brazilian;Brazilians|Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaounde
Canada||Canadian;Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian;Chadians|N'Djamena
Chile||Chilean;Chileans|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
Colombia||Colombian;Colombians|Bogota
Comoros||Comoran|Moroni
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa|Congolese|Kinshasa
Costa Rica||Costa Rican;Costa Ricans|San Jose
Croatia||Croatian;Croat;Croats;Croatians|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Dane;Danes|Copenhagen
Djibouti||Djiboutian|Djibouti
Dominica||Dominican|Roseau
Dominican Republic||Dominican;Dominicans|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian;Ecuadorean;Ecuadorians|Quito
Egypt||Egyptian;Egyptians|Cairo
El Salvador||Salvadoran;Salvadorans;Salvadorean|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Fiji||Fijian;Fijians|Suva
Finland||Finnish;Finn;Finns|Helsinki
France||French;Frenchman;Frenchwoman|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian;Georgians|Tbilisi
Germany||German;Germans|Berlin
Ghana||Ghanaian;Ghanaians|Accra
Greece||Greek;Greeks|Athens
Grenada||Grenadian|St. George's
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean;Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik
India||Indian;Indians|New Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran|Islamic Republic of Iran|Iranian;Iranians;Persian;Persians|Tehran
Iraq||Iraqi;Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish;Irishman;Irishwoman|Dublin
Israel||Israeli;Israelis|Jerusalem
Italy||Italian;Italians|Rome
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhs;Kazakhstani|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar;Kosovan;Kosovars|Pristina
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian;Laotians|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho;Mosotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Libya||Libyan;Libyans|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourger;Luxembourgish|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Maldives|The Maldives|Maldivian;Maldivians|Male
Mali||Malian;Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian;Mauritanians|Nouakchott
Mauritius||Mauritian;Mauritians|Port Louis
Mexico||Mexican;Mexicans|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan;Moldovans|Chisinau
Monaco||Monegasque|Monaco
Mongolia||Mongolian;Mongolians|Ulaanbaatar
Montenegro||Montenegrin;Montenegrins|Podgorica
Morocco||Moroccan;Moroccans|Rabat
Mozambique||Mozambican;Mozambicans|Maputo
Myanmar|Burma|Burmese;Myanmarese|Naypyidaw
Namibia||Namibian;Namibians|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|The Netherlands;Holland|Dutch;Dutchman;Dutchwoman|Amsterdam
New Zealand||New Zealander;New Zealanders;Kiwi;Kiwis|Wellington
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien;Nigeriens|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Norway||Norwegian;Norwegians|Oslo
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Palestine|Palestinian territories;State of Palestine|Palestinian;Palestinians|Ramallah
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan;Paraguayans|Asuncion
Peru||Peruvian;Peruvians|Lima
Philippines|The Philippines|Filipino;Filipina;Filipinos;Philippine|Manila
Poland||Polish;Pole;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis|St Kitts and Nevis||Basseterre
Saint Lucia|St Lucia|St Lucian|Castries
Saint Vincent and the Grenadines|||Kingstown
Samoa||Samoan;Samoans|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe|||Sao Tome
Saudi Arabia|Saudi|Saudi Arabian;Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb;Serbs;Serbians|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean;Singaporeans|Singapore
Slovakia||Slovak;Slovaks;Slovakian|Bratislava
Slovenia||Slovenian;Slovene;Slovenes|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria
South Korea|Republic of Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard;Spaniards|Madrid
Sri Lanka||Sri Lankan;Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian;Syrians|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik;Tajiks|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma
Thailand||Thai;Thais|Bangkok
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Turkiye;Türkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv
United Arab Emirates|UAE;U.A.E.|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brit;Brits|London
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;Americans|Washington
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican;Holy See||Vatican City
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa
Zambia||Zambian;Zambians|Lusaka
Zimbabwe||Zimbabwean;Zimbabweans|Harare
England||English;Englishman;Englishwoman|London
Scotland||Scottish;Scot;Scots|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland||Northern Irish|Belfast
Greenland||Greenlandic;Greenlander|Nuuk
Puerto Rico||Puerto Rican;Puerto Ricans|San Juan
Hong Kong|HK|Hongkonger|Hong Kong
Macau|Macao|Macanese|Macau
Tibet||Tibetan;Tibetans|Lhasa
Kurdistan||Kurdish;Kurd;Kurds|Erbil
Western Sahara||Sahrawi|Laayoune
Crimea||Crimean|Simferopol
Chechnya||Chechen;Chechens|Grozny
Catalonia||Catalan;Catalans|Barcelona
`;
