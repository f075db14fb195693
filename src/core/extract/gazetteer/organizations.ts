// Well-known organizations ("|" separated): international bodies, government agencies, parties,
// armed groups, companies, news media, sports bodies and teams, universities and NGOs. Written from
// general knowledge. Names the article writes differently are caught by the patterns in
// gazetteer.ts ("X Council", "Ministry of Y", "Acme Inc.").

export const ORGANIZATIONS = `
United Nations|UN|U.N.|UN Security Council|U.N. Security Council|Security Council|UN General Assembly|
General Assembly|UN Human Rights Council|Human Rights Council|UNICEF|UNESCO|UNHCR|UNRWA|UNDP|UNEP|
UNFPA|UN Women|World Health Organization|WHO|World Food Programme|World Food Program|WFP|
International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|International Labour Organization|
ILO|International Atomic Energy Agency|IAEA|International Court of Justice|ICJ|International Criminal Court|
ICC|Interpol|Europol|Frontex|NATO|North Atlantic Treaty Organization|European Union|EU|E.U.|
European Commission|European Parliament|European Council|Council of the European Union|
European Central Bank|ECB|European Court of Human Rights|European Court of Justice|Council of Europe|
OSCE|Organization for Security and Co-operation in Europe|OECD|OPEC|OPEC+|African Union|ECOWAS|
Arab League|ASEAN|G7|G20|G8|BRICS|Gulf Cooperation Council|GCC|APEC|Mercosur|
Organization of American States|SADC|Shanghai Cooperation Organisation|IPCC|
International Committee of the Red Cross|ICRC|Red Cross|Red Crescent|Doctors Without Borders|
Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Amnesty International|Human Rights Watch|
Greenpeace|Oxfam|Save the Children|World Wildlife Fund|WWF|Transparency International|
Reporters Without Borders|Committee to Protect Journalists|CPJ|Gates Foundation|Wikimedia Foundation|
Wikipedia|International Olympic Committee|IOC|FIFA|UEFA|FIA|Formula One|Formula 1|F1|NFL|NBA|
MLB|NHL|MLS|NCAA|PGA|PGA Tour|LPGA|ICC|World Athletics|World Anti-Doping Agency|WADA|
Premier League|English Premier League|La Liga|Bundesliga|Serie A|Ligue 1|Champions League|
International Cricket Council|England and Wales Cricket Board|BCCI|World Rugby|Rugby Football Union|
Football Association|The FA|NASCAR|IndyCar|MotoGP|UFC|WWE|
Ferrari|Scuderia Ferrari|McLaren|Red Bull|Red Bull Racing|
Sauber|Sky News|Renault|Toro Rosso|AlphaTauri|Aston Martin|
Manchester United|Manchester City|Liverpool FC|Tottenham Hotspur|Tottenham|
Everton|Newcastle United|Aston Villa|West Ham|West Ham United|Leicester City|Leeds United|
Real Madrid|Barcelona FC|FC Barcelona|Atletico Madrid|Atlético Madrid|Bayern Munich|Bayern|
Borussia Dortmund|Paris Saint-Germain|PSG|Juventus|AC Milan|Inter Milan|Napoli|Ajax|Benfica|Porto FC|
New York Yankees|Yankees|Boston Red Sox|Red Sox|Los Angeles Dodgers|Dodgers|
Chicago Cubs|New York Mets|Houston Astros|Dallas Cowboys|New England Patriots|Green Bay Packers|
Kansas City Chiefs|San Francisco 49ers|Pittsburgh Steelers|Los Angeles Lakers|Lakers|Boston Celtics|
Golden State Warriors|Chicago Bulls|Miami Heat|New York Knicks|All Blacks|
White House|the White House|Kremlin|the Kremlin|Pentagon|the Pentagon|Downing Street|Whitehall|
Elysee|Élysée|Congress|US Congress|U.S. Congress|Senate|US Senate|U.S. Senate|House of Representatives|
House|Supreme Court|US Supreme Court|U.S. Supreme Court|Federal Reserve|the Fed|
Department of Justice|Justice Department|DOJ|Department of State|State Department|Department of Defense|
Defense Department|Department of Homeland Security|Homeland Security|DHS|Treasury|Treasury Department|
Department of Energy|Energy Department|Department of Education|Education Department|
Department of Health and Human Services|HHS|Department of Transportation|Department of Labor|
Labor Department|Commerce Department|Department of Commerce|Interior Department|Department of Agriculture|
USDA|Department of Veterans Affairs|CIA|Central Intelligence Agency|FBI|Federal Bureau of Investigation|
NSA|National Security Agency|NASA|National Aeronautics and Space Administration|NOAA|
National Weather Service|US Geological Survey|U.S. Geological Survey|USGS|National Hurricane Center|FEMA|Federal Emergency Management Agency|EPA|
Environmental Protection Agency|FDA|Food and Drug Administration|CDC|
Centers for Disease Control and Prevention|Centers for Disease Control|NIH|National Institutes of Health|
FAA|Federal Aviation Administration|NTSB|National Transportation Safety Board|SEC|
Securities and Exchange Commission|FTC|Federal Trade Commission|FCC|Federal Communications Commission|
IRS|Internal Revenue Service|DEA|Drug Enforcement Administration|ATF|ICE|
Immigration and Customs Enforcement|CBP|Customs and Border Protection|Border Patrol|Secret Service|
US Secret Service|TSA|Transportation Security Administration|National Guard|US Army|U.S. Army|
US Navy|U.S. Navy|US Air Force|U.S. Air Force|Marine Corps|US Marine Corps|Coast Guard|
US Coast Guard|Space Force|Joint Chiefs of Staff|National Security Council|NSC|Census Bureau|
Social Security Administration|Postal Service|US Postal Service|USPS|Amtrak|NASA's Jet Propulsion Laboratory|
Jet Propulsion Laboratory|JPL|National Science Foundation|NSF|Smithsonian|Smithsonian Institution|
Library of Congress|GAO|Government Accountability Office|Congressional Budget Office|CBO|
Legislature|State Legislature|Democratic Party|Republican Party|Democrats|Republicans|GOP|Democratic National Committee|DNC|
Republican National Committee|RNC|Libertarian Party|Green Party|
Parliament|UK Parliament|House of Commons|House of Lords|Home Office|Foreign Office|
Foreign, Commonwealth and Development Office|Ministry of Defence|Treasury|Bank of England|NHS|
National Health Service|Metropolitan Police|Met Police|Scotland Yard|MI5|MI6|GCHQ|Ofcom|Ofgem|
Conservative Party|Conservatives|Tories|Labour Party|Labour|Liberal Democrats|Lib Dems|
Scottish National Party|SNP|Plaid Cymru|Reform UK|UKIP|Sinn Fein|Sinn Féin|DUP|
Democratic Unionist Party|Bundestag|Bundesrat|Bundeswehr|Bundesbank|CDU|CSU|SPD|AfD|
Christian Democratic Union|Social Democratic Party|Free Democratic Party|FDP|
National Assembly|National Rally|Front National|Les Republicains|La France Insoumise|
Knesset|Likud|Yesh Atid|Shin Bet|Mossad|IDF|Israel Defense Forces|Israel Defence Forces|
Palestinian Authority|PLO|Palestine Liberation Organization|Fatah|Hamas|Islamic Jihad|
Palestinian Islamic Jihad|Hezbollah|Hizbollah|Houthis|Houthi|Ansar Allah|Islamic State|ISIS|ISIL|
Daesh|al-Qaeda|al-Qaida|Al Qaeda|Al-Qaeda|al-Shabaab|Al-Shabaab|al-Shabab|Boko Haram|Taliban|
the Taliban|Haqqani network|Hayat Tahrir al-Sham|Wagner Group|Rapid Support Forces|
PKK|Kurdistan Workers' Party|Syrian Democratic Forces|Muslim Brotherhood|
Islamic Revolutionary Guard Corps|Revolutionary Guards|IRGC|Quds Force|FARC|
Kataib Hezbollah|Lashkar-e-Taiba|Jaish-e-Mohammed|Tehreek-e-Taliban Pakistan|TTP|
Duma|State Duma|FSB|KGB|SVR|GRU|Rosatom|Roscosmos|Gazprom|Rosneft|Lukoil|Aeroflot|Sberbank|
Verkhovna Rada|Rada|SBU|Communist Party|Chinese Communist Party|Communist Party of China|
People's Liberation Army|Politburo|National People's Congress|Xinhua|Xinhua News Agency|
CCTV|China Daily|Global Times|People's Daily|Kuomintang|KMT|Democratic Progressive Party|
Lok Sabha|Rajya Sabha|BJP|Bharatiya Janata Party|Indian National Congress|Congress Party|
ISRO|Reserve Bank of India|RBI|Liberal Democratic Party|LDP|Bank of Japan|JAXA|
Self-Defense Forces|TEPCO|Tokyo Electric Power Company|Tokyo Electric|Kyodo|Kyodo News|NHK|
Asahi Shimbun|Yomiuri Shimbun|Nikkei|ANC|African National Congress|Democratic Alliance|
Likud party|Ennahda|Hurriyet|Anadolu|Anadolu Agency|AKP|CHP|Justice and Development Party|
IRNA|Tasnim|Press TV|Al Jazeera|Al-Jazeera|Al Arabiya|
Reuters|Associated Press|AP|AFP|Agence France-Presse|Agence France Presse|Bloomberg|Bloomberg News|
Dow Jones|UPI|United Press International|DPA|ANSA|EFE|Press Trust of India|Yonhap|
TASS|RIA Novosti|Interfax|BBC|BBC News|BBC World Service|ITV|Channel 4|
CNN|CNBC|MSNBC|Fox News|ABC|ABC News|CBS|CBS News|NBC|NBC News|NPR|PBS|C-SPAN|Univision|
Telemundo|Deutsche Welle|France 24|Euronews|RFI|Le Monde|Le Figaro|Der Spiegel|Spiegel|
Die Zeit|Frankfurter Allgemeine Zeitung|FAZ|Suddeutsche Zeitung|El Pais|El País|El Mundo|
Corriere della Sera|La Repubblica|Haaretz|Times of Israel|Jerusalem Post|Ynet|Yedioth Ahronoth|
The New York Times|New York Times|NYT|The Washington Post|Washington Post|The Wall Street Journal|
Wall Street Journal|WSJ|USA Today|Los Angeles Times|LA Times|Chicago Tribune|Boston Globe|
The Guardian|The Observer|The Times|The Sunday Times|The Telegraph|Daily Telegraph|
Financial Times|The Economist|Daily Mail|Daily Mirror|
Evening Standard|The New Yorker|New Yorker|Newsweek|Politico|
Axios|Vox|BuzzFeed|BuzzFeed News|HuffPost|Huffington Post|Business Insider|
Forbes|Wired|TechCrunch|The Verge|ProPublica|National Review|Breitbart|
The Onion|Sydney Morning Herald|ABC News Australia|
South China Morning Post|SCMP|The Hindu|Times of India|Hindustan Times|Al-Ahram|Gulf News|
The Globe and Mail|Globe and Mail|Toronto Star|CBC|Radio-Canada|Nature|The Lancet|Lancet|
New England Journal of Medicine|NEJM|BMJ|JAMA|PNAS|Gallup|Pew Research Center|
YouGov|Ipsos|Nielsen|Moody's|Standard & Poor's|S&P|S&P Global|Fitch|Fitch Ratings|
Apple|Meta|Ford|Google|Alphabet|Microsoft|Amazon|Facebook|Instagram|WhatsApp|Twitter|X Corp|TikTok|
ByteDance|Snapchat|YouTube|Netflix|Spotify|Uber|Lyft|Airbnb|Tesla|SpaceX|Starlink|OpenAI|
Anthropic|Nvidia|Intel|AMD|Qualcomm|IBM|Oracle|Cisco|Salesforce|Adobe|PayPal|eBay|Samsung|
Samsung Electronics|Sony|Panasonic|Toshiba|Hitachi|Nintendo|Huawei|ZTE|Xiaomi|Tencent|Alibaba|
Baidu|TSMC|Foxconn|ASML|Siemens|Philips|Nokia|Ericsson|Vodafone|Deutsche Telekom|
Verizon|AT&T|T-Mobile|Comcast|Disney|Walt Disney|Warner Bros|Warner Bros. Discovery|Paramount|
NBCUniversal|Time Warner|News Corp|Fox Corporation|Reddit|Pinterest|LinkedIn|
Hewlett-Packard|Lenovo|Boeing|Airbus|Lockheed Martin|Raytheon|RTX|Northrop Grumman|
General Dynamics|BAE Systems|Thales|Rolls-Royce|Embraer|Bombardier|General Electric|
Honeywell|3M|Caterpillar|Deere|John Deere|Ford Motor|General Motors|Chrysler|Stellantis|
Toyota|Honda|Nissan|Mazda|Subaru|Mitsubishi|Hyundai|Kia|Volkswagen|VW|BMW|Daimler|
Mercedes-Benz|Audi|Porsche|Volvo|Fiat|Peugeot|Citroen|Jaguar Land Rover|Land Rover|BYD|
Exxon|ExxonMobil|Exxon Mobil|Chevron|Shell|BP|TotalEnergies|ConocoPhillips|Saudi Aramco|
Aramco|Equinor|Petrobras|Pemex|Glencore|Rio Tinto|BHP|ArcelorMittal|
Pfizer|Moderna|BioNTech|AstraZeneca|Johnson & Johnson|Merck|Novartis|Roche|Sanofi|GSK|
GlaxoSmithKline|Bayer|Novo Nordisk|Eli Lilly|AbbVie|Bristol Myers Squibb|Gilead|Regeneron|
Walmart|Costco|Kroger|Tesco|Sainsbury's|Carrefour|Aldi|Lidl|IKEA|H&M|Zara|Inditex|Nike|
Adidas|Puma|McDonald's|Starbucks|Coca-Cola|PepsiCo|Pepsi|Nestle|Nestlé|Unilever|Procter & Gamble|
Kraft Heinz|Danone|AB InBev|Heineken|Diageo|Philip Morris|
JPMorgan|JPMorgan Chase|JP Morgan|Goldman Sachs|Morgan Stanley|Citigroup|Bank of America|
Wells Fargo|BlackRock|Vanguard|Berkshire Hathaway|HSBC|Barclays|Lloyds|NatWest|Standard Chartered|
Deutsche Bank|UBS|Credit Suisse|BNP Paribas|Societe Generale|Santander|Mastercard|
American Express|Fannie Mae|Freddie Mac|Nasdaq|New York Stock Exchange|NYSE|London Stock Exchange|
FedEx|UPS|DHL|Maersk|CSX|Union Pacific|BNSF|Norfolk Southern|Network Rail|Eurostar|Deutsche Bahn|SNCF|
American Airlines|Delta Air Lines|United Airlines|Southwest Airlines|JetBlue|
Alaska Airlines|Spirit Airlines|British Airways|Virgin Atlantic|easyJet|Ryanair|Lufthansa|
Air France|Air France-KLM|KLM|Iberia|Alitalia|ITA Airways|Aer Lingus|Turkish Airlines|
Emirates|Qatar Airways|Etihad|Etihad Airways|Singapore Airlines|Cathay Pacific|Qantas|
Air New Zealand|Japan Airlines|All Nippon Airways|Korean Air|Asiana|China Airlines|
China Southern|China Eastern|Air China|Air India|IndiGo|AirAsia|Garuda Indonesia|Lion Air|
Malaysia Airlines|Thai Airways|Vietnam Airlines|Philippine Airlines|EgyptAir|Ethiopian Airlines|
Kenya Airways|South African Airways|LATAM|Avianca|Aeromexico|Air Canada|WestJet|
Harvard|Harvard University|Yale|Yale University|Princeton|Princeton University|Stanford|
Stanford University|MIT|Massachusetts Institute of Technology|Caltech|
California Institute of Technology|Columbia University|Cornell|Cornell University|Johns Hopkins|
Johns Hopkins University|UCLA|UC Berkeley|NYU|Georgetown|Georgetown University|Oxford University|
University of Oxford|Cambridge University|University of Cambridge|Imperial College London|
Imperial College|London School of Economics|LSE|King's College London|University College London|
UCL|Sorbonne|ETH Zurich|Karolinska Institute|Max Planck Institute|Max Planck Society|CERN|
European Space Agency|ESA|Brookings Institution|Brookings|RAND Corporation|RAND|
Council on Foreign Relations|Heritage Foundation|Cato Institute|Carnegie Endowment|Chatham House|
Wilson Center|Atlantic Council|
Center for Strategic and International Studies|CSIS|International Crisis Group|
Mayo Clinic|Cleveland Clinic|Planned Parenthood|NRA|National Rifle Association|ACLU|
American Civil Liberties Union|AARP|Black Lives Matter|Extinction Rebellion|Salvation Army|
Boy Scouts|Girl Scouts|Catholic Church|Church of England|Anglican Church|
Southern Baptist Convention|Scientology|Mormon Church|Interpol|Europol|
Metropolitan Police Service|NYPD|LAPD|New York Police Department|Los Angeles Police Department|
Royal Air Force|RAF|Royal Navy|British Army|Royal Marines|Bundeswehr|Wehrmacht|Red Army|
Ukrainian Armed Forces|Russian Armed Forces
An Garda Síochána|Garda Síochána|Fianna Fáil|Fianna Fail|Fine Gael|Dáil|Dáil Éireann|Seanad|
Seanad Éireann|Oireachtas|RTÉ|An Post|Údarás na Gaeltachta|Conradh na Gaeilge|Foras na Gaeilge|
An Bord Pleanála|An Coimisiún Pleanála|Aontú|People Before Profit|TG4|Stormont|
Law and Justice|PiS|Civic Platform|Civic Coalition|Sejm|Wody Polskie|Fidesz|Jobbik|ÖVP|SPÖ|FPÖ|
VVD|PVV|D66|CDA|GroenLinks|Die Linke|PSOE|Partido Popular|Podemos|Sumar|Fratelli d'Italia|
Brothers of Italy|Lega|Five Star Movement|Forza Italia|Sweden Democrats|Syriza|New Democracy|
Orange Democratic Movement|ODM|United Democratic Alliance|Jubilee Party|Kenya Kwanza|Azimio|
Economic Freedom Fighters|All Progressives Congress|Peoples Democratic Party|Aam Aadmi Party|
Trinamool Congress|Pakistan Tehreek-e-Insaf|PTI|Awami League|Komeito|People Power Party|
People's Action Party|UMNO|Pakatan Harapan|Golkar|Gerindra|PDI-P|Morena|NDP|New Democratic Party|
Bloc Québécois|One Nation|Australian Labor Party|Labor Party|
Feyenoord|PSV Eindhoven|AZ Alkmaar|Sparta Rotterdam|Celtic|Rangers|Galatasaray|Fenerbahçe|
Beşiktaş|Olympiacos|Panathinaikos|Sporting CP|Anderlecht|Club Brugge|Red Bull Salzburg|
Shakhtar Donetsk|Dynamo Kyiv|Red Star Belgrade|Wydad Casablanca|Raja Casablanca|Al Ahly|Zamalek|
Kaizer Chiefs|Orlando Pirates|Mamelodi Sundowns|Gor Mahia|AFC Leopards|
Leinster Rugby|Munster Rugby|Ulster Rugby|Saracens|Harlequins|Leicester Tigers|Sale Sharks|
Northampton Saints|Bath Rugby|Exeter Chiefs|Bristol Bears|Gloucester Rugby|Stade Toulousain|
Evercore|Evercore ISI|
Dravida Munnetra Kazhagam|DMK|All India Anna Dravida Munnetra Kazhagam|AIADMK|Desiya Murpokku Dravida Kazhagam|
DMDK|Marumalarchi Dravida Munnetra Kazhagam|MDMK|Pattali Makkal Katchi|Naam Tamilar Katchi|
Viduthalai Chiruthaigal Katchi|Shiv Sena|Nationalist Congress Party|Samajwadi Party|Bahujan Samaj Party|
Rashtriya Janata Dal|Janata Dal (United)|Janata Dal (Secular)|Biju Janata Dal|Telugu Desam Party|
YSR Congress Party|YSRCP|Bharat Rashtra Samithi|Communist Party of India|Communist Party of India (Marxist)|
Indian Union Muslim League|Shiromani Akali Dal|Jharkhand Mukti Morcha|Rashtriya Swayamsevak Sangh|
Pakistan Muslim League-Nawaz|PML-N|Pakistan Peoples Party|Muttahida Qaumi Movement|
Bangladesh Nationalist Party|BNP|Jamaat-e-Islami|Nepali Congress|
Workers' Party|PSDB|Brazilian Democratic Movement|União Brasil|
Institutional Revolutionary Party|PRI|National Action Party|Citizens' Movement|
Constitutional Democratic Party|Nippon Ishin no Kai|Democratic Party for the People|
Inkatha Freedom Party|IFP|PKB|PKS|NasDem|Lakas-CMD|PDP-Laban|
Scottish Labour|Welsh Labour|Scottish Conservatives|Welsh Conservatives|Scottish Liberal Democrats|
Welsh Liberal Democrats|Scottish Greens|Scottish Green Party|Alba Party|
Bloomberg Economics|Bloomberg Intelligence|Bloomberg News|Nikkei Asia|Kyiv Independent|Kyiv Post|
Ukrainska Pravda|Meduza|Novaya Gazeta|Deutsche Welle|France 24|Euronews|Channel NewsAsia|
Radio Free Europe|Radio Free Europe/Radio Liberty|Jefferies|AllianceBernstein|Sanford C. Bernstein|
Alternative for Germany|Alternative für Deutschland|Cannes Film Festival|Venice Film Festival|
Berlin International Film Festival|Berlinale|Toronto International Film Festival|Sundance Film Festival|
Sundance|Sundance Institute|Institut Pasteur|Pasteur Institute|Institut Curie|Opta|The Athletic|
Creative Artists Agency|CAA|William Morris Endeavor|United Talent Agency|Crystal Palace|Brentford|
Fulham|Bournemouth|AFC Bournemouth|Nottingham Forest|Brighton & Hove Albion|Wolverhampton Wanderers|
Ulsan HD|Jeonbuk Hyundai Motors|NSW Farmers|Victorian Farmers Federation|National Farmers Union|
Liberal Democratic Party|Japanese Communist Party|Japan Innovation Party|Osaka Ishin no Kai|Ishin|
Sanseito|Reiwa Shinsengumi|Tomin First no Kai|Social Democratic Party of Japan|Komeito|
Constitutional Democratic Party of Japan|
Social Democrats|People Before Profit-Solidarity|People Before Profit–Solidarity|Solidarity–People Before Profit|
Green Party of Ireland|Labour Party of Ireland|Independent Ireland|
NHS Confederation|NHS Providers|NHS England|NHS Scotland|NHS Wales|NHS Employers|NHS Pay Review Body|
Royal College of Nursing|RCN|British Medical Association|BMA|Unison|Unite|GMB|King's Fund|
Codelco|Anglo American|Antofagasta Minerals|Antofagasta plc|Southern Copper|Freeport-McMoRan|
First Quantum|First Quantum Minerals|Teck|Teck Resources|Lundin Mining|Barrick|Barrick Gold|Newmont|
Vale|Albemarle|SQM|Zijin Mining|Norilsk Nickel|Nornickel|Boliden|
SOS Mediterranee|SOS Méditerranée|Alarm Phone|Sea-Watch|Open Arms|Proactiva Open Arms|
Mediterranea Saving Humans|SOS Humanity|Guardia Costiera|Guardia di Finanza|
Carabinieri|Polizia di Stato|
Mercedes-AMG|Haas F1|Haas F1 Team|MoneyGram Haas|Alpine F1|BWT Alpine|Williams Racing|
Racing Bulls|Visa Cash App Racing Bulls|Kick Sauber|Stake F1|Aston Martin Aramco|Oracle Red Bull Racing|
RCMP|Royal Canadian Mounted Police|Mounties|Assembly of First Nations|Union of B.C. Indian Chiefs|
Coastal GasLink|Canadian Press|CBC|CBC News|Radio-Canada|
Acas|Aslef|RMT|TSSA|UKHospitality|Transport for Wales|Transport for London|TfL|Land Registry|HM Land Registry|
Hong Kong Stock Exchange|HKEX|Hong Kong Exchanges and Clearing|
flydubai|Air Arabia|Air Berlin|Wizz Air|Jet2|Saudia|Oman Air|Gulf Air|Kuwait Airways|Royal Jordanian|
Abu Dhabi Airports|Dubai Airports|
Big 12|Big 12 Conference|Big Ten|Big Ten Conference|Pac-12|Big East|Atlantic Coast Conference|Southeastern Conference|
ESPN|ESPN Stats & Information|
Dexia|Belfius|ABN Amro|ABN AMRO|ING Group|Rabobank|KBC|KBC Group|BNP Paribas Fortis|UniCredit|Intesa Sanpaolo|
Commerzbank|DZ Bank|Landesbank Baden-Württemberg|LBBW|BBVA|Banco Bilbao Vizcaya Argentaria|Banco Sabadell|Sabadell|
CaixaBank|Bankinter|Crédit Agricole|Credit Agricole|Société Générale|Natixis|BPCE|Crédit Mutuel|Credit Mutuel|
Nordea|Danske Bank|DNB|SEB|Handelsbanken|Swedbank|Erste Group|Raiffeisen|Raiffeisen Bank International|
Banco BPM|Monte dei Paschi|Mediobanca|Bank of Ireland|AIB|Allied Irish Banks|Julius Baer|Nationwide|Santander UK|
Mitsubishi UFJ|MUFG|Mizuho|Sumitomo Mitsui|SMBC|Nomura|Daiwa|ICBC|Bank of China|China Construction Bank|
Agricultural Bank of China|CITIC|DBS|OCBC|UOB|Maybank|CIMB|Public Bank|State Bank of India|SBI|HDFC Bank|
ICICI Bank|Kotak Mahindra Bank|Commonwealth Bank|Westpac|ANZ|National Australia Bank|Macquarie|
Royal Bank of Canada|RBC|TD Bank|Toronto-Dominion Bank|Scotiabank|Bank of Montreal|BMO|CIBC|
Itaú|Itau Unibanco|Bradesco|Banco do Brasil|BTG Pactual|Banorte|Citi|Citibank|JPMorgan Chase|J.P. Morgan|
Charles Schwab|BlackRock|Vanguard|State Street|Fidelity|Blackstone|KKR|Carlyle|Apollo Global Management|
Rothschild & Co|Rothschild|Lazard|Evercore|Moelis|Centerview Partners|PJT Partners|Perella Weinberg|
Jefferies|Houlihan Lokey|Greenhill|Macquarie Group|Nomura Holdings|Deutsche Börse|Euronext|
London Stock Exchange|Bursa Malaysia|Singapore Exchange|SGX|Philippine Stock Exchange|
Springboks|Boks|Wallabies|Los Pumas|Scarlets|Dragons RFC|Cardiff Rugby|
Ulster Rugby|Munster Rugby|Leinster Rugby|Connacht Rugby|Glasgow Warriors|Edinburgh Rugby|Stormers|Cricket Australia|
New Zealand Cricket|Cricket South Africa|Pakistan Cricket Board|CricViz|Cricinfo|ESPNcricinfo|
PAGASA|Pagasa|Philippine Atmospheric, Geophysical and Astronomical Services Administration|Phivolcs|
NDRRMC|Malacañang|Malacanang|Malacañang Palace|Philippine Coast Guard|Philippine National Police|PNP|
Armed Forces of the Philippines|AFP|Office of Civil Defense|DSWD|DILG|Philippine Daily Inquirer|Inquirer|
`
