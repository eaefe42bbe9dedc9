// Result<T>: the value of an operation or the VppError that prevented it. Errors travel as values
// across layers, never as exceptions. Result<void> carries only success or an error. Both are
// [[nodiscard]]: a result nobody looks at is a bug, or is discarded with `std::ignore =` and a reason.
//
//   Result<VppToken> r = VppToken::parse(bytes, now);
//   if (!r)
//       return r.error();          // a VppError converts to any Result<U>
//   use(r.value());
#pragma once

#include "core/common/vpperror.h"

#include <type_traits>
#include <utility>
#include <variant>

template<typename T>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cvref_t<T>, VppError>, "Result<VppError> is ambiguous");

public:
    using ValueType = T;

    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(const VppError &error)
        : m_data(std::in_place_index<1>, error)
    {}
    Result(VppError &&error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool isOk() const { return m_data.index() == 0; }
    bool hasError() const { return m_data.index() == 1; }
    explicit operator bool() const { return isOk(); }

    // Precondition: isOk().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T value() && { return std::get<0>(std::move(m_data)); } // by value: no reference into a temporary
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

    // Precondition: hasError(). Calling it on success returns a Kind::None error.
    const VppError &error() const
    {
        static const VppError none;
        return hasError() ? std::get<1>(m_data) : none;
    }

private:
    std::variant<T, VppError> m_data;
};

// Success, or an error. A VppError of Kind::None counts as success.
template<>
class [[nodiscard]] Result<void>
{
public:
    using ValueType = void;

    Result() = default; // success
    Result(const VppError &error)
        : m_error(error)
    {}
    Result(VppError &&error)
        : m_error(std::move(error))
    {}

    static Result success() { return Result(); }

    bool isOk() const { return !m_error.isError(); }
    bool hasError() const { return m_error.isError(); }
    explicit operator bool() const { return isOk(); }

    const VppError &error() const { return m_error; }

private:
    VppError m_error; // Kind::None means success
};
