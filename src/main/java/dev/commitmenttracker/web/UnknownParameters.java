package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a read whose query string has a parameter the endpoint does not take, instead of answering as if it were
 * not there: 400 {@code request.unknown-parameter} naming it and the parameters the endpoint does take. The known
 * parameters are the handler method's {@code @RequestParam}s. Applies to the GET endpoints of the reports, the
 * audit, commitments and inspections.
 */
@Configuration
public class UnknownParameters implements HandlerInterceptor, WebMvcConfigurer {

    static final String[] PATHS = {
        "/api/reports/**",
        "/api/audit/**",
        "/api/commitments",
        "/api/commitments/**",
        "/api/inspections",
        "/api/inspections/**"
    };

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(PATHS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> known = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                return true; // the endpoint takes any parameter
            }
            parameter.initParameterNameDiscovery(NAMES);
            known.add(
                    !param.name().isEmpty()
                            ? param.name()
                            : !param.value().isEmpty() ? param.value() : parameter.getParameterName());
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name)) {
                throw RuleViolation.invalid(
                        "request.unknown-parameter",
                        name,
                        "This endpoint takes no parameter '" + name + "'; "
                                + (known.isEmpty()
                                        ? "it takes none."
                                        : "it takes " + known.stream().collect(Collectors.joining(", ")) + "."));
            }
        }
        return true;
    }
}
