package dev.commitmenttracker.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one rule that turns records into CSV: a column per record component, named as the component, in declaration
 * order. A component marked {@link JsonUnwrapped} (a record) gives its own columns in its place, as it gives its
 * fields to the JSON; a map keyed by an enum gives a column per constant; one marked {@link Omit} is JSON only. Cells:
 * an enum as its {@link JsonValue} if it has one (a theme's code), else its name; a collection as its cells joined by
 * spaces; null as an empty cell. Cells a spreadsheet would run as formulas are neutralised when written ({@link Csv}).
 */
public final class CsvRecords {

    /** A record component left out of the CSV (the JSON still has it). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
    public @interface Omit {}

    private CsvRecords() {}

    /** The header of a CSV of these records. */
    public static List<String> header(Class<?> recordType) {
        List<String> columns = new ArrayList<>();
        addColumns(requireRecord(recordType), columns);
        return columns;
    }

    /** One record as a CSV row, in the order of {@link #header}. */
    public static List<Object> cells(Record row) {
        List<Object> cells = new ArrayList<>();
        addCells(row, cells);
        return cells;
    }

    private static void addColumns(Class<?> type, List<String> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(Omit.class)) {
                continue;
            }
            if (accessor.isAnnotationPresent(JsonUnwrapped.class)) {
                addColumns(requireRecord(component.getType()), columns);
            } else if (enumKeys(component) != null) {
                Arrays.stream(enumKeys(component).getEnumConstants())
                        .forEach(key -> columns.add(((Enum<?>) key).name()));
            } else {
                columns.add(component.getName());
            }
        }
    }

    private static void addCells(Object row, List<Object> cells) {
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(Omit.class)) {
                continue;
            }
            Object value = value(accessor, row);
            if (accessor.isAnnotationPresent(JsonUnwrapped.class)) {
                addCells(value, cells);
            } else if (enumKeys(component) != null) {
                Map<?, ?> byKey = (Map<?, ?>) value;
                for (Object key : enumKeys(component).getEnumConstants()) {
                    cells.add(byKey == null ? null : cell(byKey.get(key)));
                }
            } else {
                cells.add(cell(value));
            }
        }
    }

    /** A value as a CSV cell. */
    static Object cell(Object value) {
        if (value instanceof Enum<?> constant) {
            Object json = jsonValue(constant);
            return json != null ? json : constant.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(CsvRecords::cell).map(String::valueOf).collect(Collectors.joining(" "));
        }
        return value;
    }

    private static Object jsonValue(Enum<?> constant) {
        for (Method method : constant.getDeclaringClass().getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                return value(method, constant);
            }
        }
        return null;
    }

    /** The enum a map component is keyed by, or null when it is not such a map. */
    private static Class<?> enumKeys(RecordComponent component) {
        if (!Map.class.isAssignableFrom(component.getType())
                || !(component.getGenericType() instanceof ParameterizedType map)) {
            return null;
        }
        Type key = map.getActualTypeArguments()[0];
        return key instanceof Class<?> type && type.isEnum() ? type : null;
    }

    private static Object value(Method accessor, Object target) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " for CSV", e);
        }
    }

    private static Class<?> requireRecord(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(
                    type.getName() + " is not a record: CSV columns come from record components");
        }
        return type;
    }
}
