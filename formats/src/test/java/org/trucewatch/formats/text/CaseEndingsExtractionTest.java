package org.trucewatch.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trucewatch.core.claim.SourceChain;
import org.trucewatch.formats.gazetteer.Gazetteer;

/** Inflected Ukrainian and Russian place names in running text resolve to their places. */
class CaseEndingsExtractionTest {
  private final ReportExtractor extractor = new ReportExtractor(Gazetteer.bundled());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Внаслідок обстрілу Куп'янська поранено двох цивільних, повідомив Олег Синєгубов.|703656",
      "Уночі у Харкові пролунали вибухи: російський дрон влучив у житловий будинок, поранено трьох людей.|706483",
      "Вранці в Запоріжжі внаслідок ракетного удару загинула жінка, ще четверо людей поранені.|687700",
      "В Херсоне в результате обстрела со стороны ВСУ погиб мужчина, сообщил Владимир Сальдо.|706448",
      "Во Львове после атаки беспилотников пострадали два человека.|702550",
      "У Вовчанську внаслідок удару КАБом загинула пенсіонерка.|689304",
      "Внаслідок удару російського дрона по Золочеву на Харківщині поранено двох людей.|686895",
      "Біля Авдіївки росіяни обстріляли колону, загинули двоє військових.|713122",
      // villages GeoNames names only in Ukrainian, written the Russian way (ru-052, ru-001 of the dev set)
      "По его словам, еще 8 человек были ранены. Четыре мирных жителя пострадали в Каховке, один — в Старой Збурьевке.|692854",
      "В 11:20 в селе Шийковка Изюмского района в результате обстрела пострадал 67-летний мужчина.|694102",
      // residents of a town name it (uk-006): "мешканців Вугледара"
      "Вранці ворог цинічно обстріляв мирних мешканців Вугледара, які прийшли отримати гуманітарну допомогу.|690823"})
  void inflectedNameFindsThePlace(String text, long geonameId) {
    List<IncidentMention> ms = extractor.extract(new ReportText(text, Optional.empty(),
        Instant.parse("2025-04-03T09:00:00Z"), Duration.ZERO, SourceChain.UNNAMED, Optional.empty())).mentions();
    assertThat(ms).extracting(m -> m.place().map(p -> p.geonameId()).orElse(0L)).contains(geonameId);
  }
}
