package dev.commitmenttracker.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the CSV converter after the JSON ones: an endpoint that offers both answers JSON unless CSV is asked for. */
@Configuration(proxyBeanMethods = false)
class CsvConfig implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvMessageConverter());
    }
}
